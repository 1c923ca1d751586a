import type { IncomingMessage } from 'node:http'

/**
 * Whether a request's Origin may talk to this server: no Origin (a script or a native client,
 * which no web page can impersonate), the server's own origin (the Host the request was sent to),
 * or one listed in `allowed` (ALLOWED_ORIGINS, for a reverse proxy that rewrites Host).
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  if (allowed.includes(origin)) return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  return host !== '' && host === req.headers.host
}

/** `ALLOWED_ORIGINS=https://a.example,https://b.example` -> their normalised origins. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      try {
        return new URL(s).origin
      } catch {
        throw new Error(`ALLOWED_ORIGINS: "${s}" bukan origin / is not an origin (e.g. https://cetakbiru.example.go.id)`)
      }
    })
}

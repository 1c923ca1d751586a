import type { IncomingMessage } from 'node:http'
import { ApiError } from './apiError.ts'

/**
 * The request body as text, refused (413) as soon as it passes `limit` bytes, without reading
 * the rest into memory.
 */
export function readBodyText(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.byteLength
      if (size > limit) {
        failed = true
        chunks.length = 0
        reject(tooLarge(limit))
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', (e) => {
      if (!failed) reject(e)
    })
  })
}

/** A JSON object body (`content-type: application/json`), checked for size and syntax. */
export async function readJsonObject(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = String(req.headers['content-type'] ?? '')
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, 'Kirim isi sebagai application/json', 'Send the body as application/json')
  }
  const text = await readBodyText(req, limit)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ApiError(400, 'Isi permintaan bukan JSON yang sah', 'The request body is not valid JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(400, 'Isi permintaan harus objek JSON', 'The request body must be a JSON object', '(root)')
  }
  return value as Record<string, unknown>
}

function tooLarge(limit: number): ApiError {
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`
  return new ApiError(413, `Isi permintaan terlalu besar (batas ${size})`, `The request body is too large (limit ${size})`)
}

/** Field readers: each throws a 400 naming the field. */
export function requiredText(body: Record<string, unknown>, field: string, max: number): string {
  const value = body[field]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ApiError(400, `Kolom "${field}" wajib diisi (teks)`, `Field "${field}" is required (text)`, field)
  }
  const trimmed = value.trim()
  if (trimmed.length > max) throw new ApiError(400, `Kolom "${field}" terlalu panjang (batas ${max} karakter)`, `Field "${field}" is too long (limit ${max} characters)`, field)
  return trimmed
}

export function optionalInteger(body: Record<string, unknown>, field: string, min: number, max: number): number | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ApiError(400, `Kolom "${field}" harus bilangan bulat ${min}-${max}`, `Field "${field}" must be a whole number ${min}-${max}`, field)
  }
  return value
}

export function oneOf<T extends string>(body: Record<string, unknown>, field: string, allowed: readonly T[], fallback?: T): T {
  const value = body[field]
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ApiError(400, `Kolom "${field}" harus salah satu dari: ${allowed.join(', ')}`, `Field "${field}" must be one of: ${allowed.join(', ')}`, field)
  }
  return value as T
}

/** Refuses fields the endpoint does not know, so a typo is not silently ignored. */
export function onlyFields(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw new ApiError(400, `Kolom "${key}" tidak dikenal`, `Unknown field "${key}"`, key)
  }
}

/**
 * Headers on every HTTP answer. The Content-Security-Policy fits the built app: its own scripts
 * only (no inline script, no eval: the project-file validator is precompiled by `npm run gen`,
 * src/model/file/generated/, so Ajv never calls `new Function` in the browser), the ELK layout Web
 * Worker from its own asset file, blob: URLs for downloads, data:/blob: images for PNG/SVG
 * export, inline styles (React Flow positions nodes with style attributes), and WebSocket/fetch
 * to its own origin ('self' covers ws:/wss: on the same host in CSP Level 3).
 * tests/e2e/csp.e2e.test.ts drives the built app under this policy in Chromium.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
}

/** The app and its files. */
export const APP_HEADERS: Readonly<Record<string, string>> = { ...COMMON_HEADERS, 'content-security-policy': APP_CSP }

/** JSON answers: nothing in them may run or be cached. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_HEADERS,
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
}

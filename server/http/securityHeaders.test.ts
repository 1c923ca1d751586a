import { describe, expect, it } from 'vitest'
import { API_HEADERS, APP_CSP, APP_HEADERS } from './securityHeaders.ts'

const directives = (csp: string): Map<string, string[]> =>
  new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))

describe('security headers', () => {
  it('lets the app run only its own scripts, with no eval and no inline script', () => {
    const csp = directives(APP_CSP)
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(APP_CSP).not.toContain('unsafe-eval')
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(APP_HEADERS['content-security-policy']).toBe(APP_CSP)
  })

  it('lets JSON answers run nothing and be cached nowhere', () => {
    expect(directives(API_HEADERS['content-security-policy']!).get('default-src')).toEqual(["'none'"])
    expect(API_HEADERS['cache-control']).toBe('no-store')
  })
})

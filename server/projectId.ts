/**
 * Project ids as the server accepts them (URL paths, API, tokens): letters, digits, `-` and `_`,
 * 1-64 characters, starting with a letter or digit. Local ids (`p` + 12 base-36 characters) and
 * the example's (`kabupaten-sukamaju`) fit.
 */
export const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export function isProjectId(value: unknown): value is string {
  return typeof value === 'string' && PROJECT_ID.test(value)
}

/**
 * An error the API answers with: an HTTP status and a message in Indonesian and English, with
 * the path of the field it concerns. Sent as `{ "error": { "id", "en", "path"? } }`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    readonly en: string,
    readonly path?: string,
    /** Further problems (a project file that fails several checks). */
    readonly problems?: readonly { readonly path: string; readonly id: string; readonly en: string }[],
  ) {
    super(en)
  }

  toJSON(): Record<string, unknown> {
    const error = { id: this.id, en: this.en, ...(this.path !== undefined ? { path: this.path } : {}) }
    return this.problems ? { error, problems: this.problems } : { error }
  }
}

export const unauthorized = (): ApiError =>
  new ApiError(401, 'Masuk dulu: token tidak ada, tidak sah, atau kedaluwarsa', 'Sign in first: the token is missing, invalid or expired')
export const forbidden = (): ApiError => new ApiError(403, 'Anda tidak berhak melakukan ini', 'You are not allowed to do this')
export const projectNotFound = (): ApiError => new ApiError(404, 'Proyek tidak ditemukan', 'Project not found')
export const notFound = (): ApiError => new ApiError(404, 'Alamat API tidak dikenal', 'Unknown API address')
export const badField = (path: string, id: string, en: string): ApiError => new ApiError(400, id, en, path)

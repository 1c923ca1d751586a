import type * as Y from 'yjs'
import type { LoadError } from '../../model/file/loadError.ts'
import type { LoadStage } from '../../model/file/loadProject.ts'
import { openProjectText } from '../../model/file/projectDocument.ts'

/** The project the app opens until projects live on the sync server. */
export const DEFAULT_PROJECT_URL = '/examples/kabupaten-contoh.cetakbiru.json'

/** Why a project could not be opened, with what the person needs to see to act on it. */
export type OpenFailure =
  | { readonly kind: 'network'; readonly url: string; readonly detail: string }
  | { readonly kind: 'http'; readonly url: string; readonly status: number; readonly statusText: string }
  | { readonly kind: 'file'; readonly url: string; readonly stage: LoadStage; readonly errors: readonly LoadError[] }
  /** A fault in Cetakbiru itself, not in the file: shown as is so it can be reported. */
  | { readonly kind: 'unexpected'; readonly url: string; readonly detail: string }

export type OpenOutcome = { readonly ok: true; readonly doc: Y.Doc } | { readonly ok: false; readonly failure: OpenFailure }

/**
 * Which project file to open: `?project=/examples/<name>.cetakbiru.json` picks another bundled
 * example (and lets tests show the error states); anything else falls back to the default.
 */
export function projectUrlFrom(search: string): string {
  const asked = new URLSearchParams(search).get('project')
  return asked && /^\/examples\/[\w.-]+\.cetakbiru\.json$/.test(asked) ? asked : DEFAULT_PROJECT_URL
}

/** Fetches a `*.cetakbiru.json` file and opens it into a new Y.Doc: all or nothing. */
export async function fetchAndOpenProject(url: string, signal?: AbortSignal, fetchFn: typeof fetch = fetch): Promise<OpenOutcome> {
  let text: string
  try {
    const response = await fetchFn(url, { signal, headers: { accept: 'application/json' }, cache: 'no-cache' })
    if (!response.ok) return { ok: false, failure: { kind: 'http', url, status: response.status, statusText: response.statusText } }
    text = await response.text()
  } catch (e) {
    if (signal?.aborted) throw e
    return { ok: false, failure: { kind: 'network', url, detail: e instanceof Error ? e.message : String(e) } }
  }
  const opened = openProjectText(text)
  if (!opened.ok) return { ok: false, failure: { kind: 'file', url, stage: opened.stage, errors: opened.errors } }
  return { ok: true, doc: opened.doc }
}

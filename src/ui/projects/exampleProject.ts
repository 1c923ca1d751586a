import { DEFAULT_PROJECT_URL } from '../project/openProject.ts'

/** The example failed to arrive; `detail` is the HTTP status or the browser's network message. */
export class ExampleFetchError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'ExampleFetchError'
  }
}

/** The text of the bundled example project (Kabupaten Sukamaju), from the server. */
export async function fetchExampleText(fetchFn: typeof fetch = fetch): Promise<string> {
  let response: Response
  try {
    response = await fetchFn(DEFAULT_PROJECT_URL, { headers: { accept: 'application/json' }, cache: 'no-cache' })
  } catch (e) {
    throw new ExampleFetchError(e instanceof Error ? e.message : String(e))
  }
  if (!response.ok) throw new ExampleFetchError(`${response.status} ${response.statusText}`.trim())
  return response.text()
}

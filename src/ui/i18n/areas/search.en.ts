import type { searchId } from './search.id.ts'

/** English texts of the search area, typed against the Indonesian keys. */
export const searchEn: Record<keyof typeof searchId, string> = {
  'search.title': 'TODO',
}

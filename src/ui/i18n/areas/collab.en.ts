import type { collabId } from './collab.id.ts'

/** English texts of the collab area, typed against the Indonesian keys. */
export const collabEn: Record<keyof typeof collabId, string> = {
  'collab.title': 'TODO',
}

import type { editorId } from './editor.id.ts'

/** English texts of the editor screens, typed against the Indonesian keys. */
export const editorEn: Record<keyof typeof editorId, string> = {
  'editor.title': 'Editor',
}

import type { browserId } from './browser.id.ts'

/** English texts of the browser area, typed against the Indonesian keys. */
export const browserEn: Record<keyof typeof browserId, string> = {
  'browser.title': 'TODO',
}

import type { gapPanelId } from './gapPanel.id.ts'

/** English texts of the gapPanel area, typed against the Indonesian keys. */
export const gapPanelEn: Record<keyof typeof gapPanelId, string> = {
  'gapPanel.title': 'TODO',
}

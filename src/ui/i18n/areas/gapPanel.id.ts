/** Indonesian texts of the gapPanel area (keys start with 'gapPanel.'). */
export const gapPanelId = {
  'gapPanel.title': 'TODO',
}

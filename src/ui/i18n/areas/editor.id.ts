/** Indonesian texts of the editor screens; keys start with "editor.". Merged into messages.id.ts. */
export const editorId = {
  'editor.title': 'Penyunting',
}

/** Indonesian texts of the collab area (keys start with 'collab.'). */
export const collabId = {
  'collab.title': 'TODO',
}

/** Indonesian texts of the search area (keys start with 'search.'). */
export const searchId = {
  'search.title': 'TODO',
}

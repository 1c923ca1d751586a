/** Indonesian texts of the browser area (keys start with 'browser.'). */
export const browserId = {
  'browser.title': 'TODO',
}

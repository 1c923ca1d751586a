/** Indonesian texts of the projects screens; keys start with "projects.". Merged into messages.id.ts. */
export const projectsId = {
  'projects.title': 'Proyek',
}

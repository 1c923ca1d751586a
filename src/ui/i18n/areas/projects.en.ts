import type { projectsId } from './projects.id.ts'

/** English texts of the projects screens, typed against the Indonesian keys. */
export const projectsEn: Record<keyof typeof projectsId, string> = {
  'projects.title': 'Projects',
}

import { useT } from '../i18n/locale.ts'

/** Said instead of an empty table: what a project is and the ways to start one (shown below it). */
export function NoProjects() {
  const t = useT()
  return (
    <section className="panel empty-state no-projects" aria-labelledby="no-projects-title">
      <h2 id="no-projects-title">{t('projects.empty.title')}</h2>
      <p>{t('projects.empty.body')}</p>
    </section>
  )
}

import type { LocalProjectSummary } from '../../sync/localProjects.ts'
import { useT } from '../i18n/locale.ts'
import { ProjectRow, type ProjectRowActions } from './ProjectRow.tsx'

/** The stored projects, most recently changed first. */
export function ProjectTable({ projects, renamingId, busy, actions }: {
  readonly projects: readonly LocalProjectSummary[]
  readonly renamingId: string | undefined
  readonly busy: boolean
  readonly actions: ProjectRowActions
}) {
  const t = useT()
  return (
    <section className="panel project-list" aria-labelledby="project-list-heading">
      <div className="project-list__head">
        <h2 id="project-list-heading">{t('projects.list.heading')}</h2>
        <span className="muted">{projects.length === 1 ? t('projects.list.countOne') : t('projects.list.count', { count: projects.length })}</span>
      </div>
      <div className="table-scroll">
        <table className="data-table project-table">
          <thead>
            <tr>
              <th scope="col">{t('projects.column.name')}</th>
              <th scope="col" className="num project-elements">{t('projects.column.elements')}</th>
              <th scope="col">{t('projects.column.updated')}</th>
              <th scope="col" className="project-actions__head"><span className="visually-hidden">{t('projects.column.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <ProjectRow key={p.id} project={p} renaming={p.id === renamingId} busy={busy} actions={actions} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

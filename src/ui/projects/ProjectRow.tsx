import { memo } from 'react'
import type { LocalProjectSummary } from '../../sync/localProjects.ts'
import { formatDateTime, formatDateTimeLong } from '../i18n/formatDateTime.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber } from '../i18n/translate.ts'
import { routeHref } from '../shell/hashRoute.ts'
import { RenameForm } from './RenameForm.tsx'

export interface ProjectRowActions {
  readonly onStartRename: (id: string) => void
  readonly onRename: (project: LocalProjectSummary, name: string) => void
  readonly onCancelRename: () => void
  readonly onDuplicate: (project: LocalProjectSummary) => void
  readonly onDownload: (project: LocalProjectSummary) => void
  readonly onDelete: (project: LocalProjectSummary) => void
  /** "Bagikan ke server": only when signed in to a server. */
  readonly onShare?: ((project: LocalProjectSummary) => void) | undefined
}

/** One stored project: name and organisation, size, last change, and what can be done with it. */
export const ProjectRow = memo(function ProjectRow({ project, renaming, busy, actions }: {
  readonly project: LocalProjectSummary
  readonly renaming: boolean
  readonly busy: boolean
  readonly actions: ProjectRowActions
}) {
  const t = useT()
  const locale = useLocale()
  const href = routeHref({ page: 'project', id: project.id })
  const label = (action: string): string => t('projects.action.for', { action, name: project.name })
  return (
    <tr data-project={project.id}>
      <td className="project-cell">
        {renaming ? (
          <RenameForm name={project.name} busy={busy} onSave={(name) => actions.onRename(project, name)} onCancel={actions.onCancelRename} />
        ) : (
          <a className="project-cell__name" href={href}>{project.name}</a>
        )}
        <span className="project-cell__organization">{project.organization}</span>
      </td>
      <td className="num project-elements" data-count="elements">{formatNumber(locale, project.elementCount)}</td>
      <td className="project-updated">
        <time dateTime={new Date(project.updatedAt).toISOString()} title={formatDateTimeLong(locale, project.updatedAt)}>
          {formatDateTime(locale, project.updatedAt)}
        </time>
      </td>
      <td className="project-actions">
        <a className="button button--small" href={href} aria-label={label(t('projects.action.open'))}>{t('projects.action.open')}</a>
        <button type="button" className="button button--small button--ghost" disabled={busy || renaming} aria-label={label(t('projects.action.rename'))} onClick={() => actions.onStartRename(project.id)}>
          {t('projects.action.rename')}
        </button>
        <button type="button" className="button button--small button--ghost" disabled={busy} aria-label={label(t('projects.action.duplicate'))} onClick={() => actions.onDuplicate(project)}>
          {t('projects.action.duplicate')}
        </button>
        <button type="button" className="button button--small button--ghost" disabled={busy} aria-label={label(t('projects.action.download'))} onClick={() => actions.onDownload(project)}>
          {t('projects.action.download')}
        </button>
        {actions.onShare && (
          <button type="button" className="button button--small button--ghost" disabled={busy} aria-label={label(t('projects.action.share'))} onClick={() => actions.onShare?.(project)}>
            {t('projects.action.share')}
          </button>
        )}
        <button type="button" className="button button--small button--ghost button--danger-text" disabled={busy} aria-label={label(t('projects.action.delete'))} onClick={() => actions.onDelete(project)}>
          {t('projects.action.delete')}
        </button>
      </td>
    </tr>
  )
})

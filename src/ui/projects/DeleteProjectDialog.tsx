import type { LocalProjectSummary } from '../../sync/localProjects.ts'
import { useT } from '../i18n/locale.ts'
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog.tsx'

/** Asks before deleting a project stored in this browser: it names the project and what is lost. */
export function DeleteProjectDialog({ project, busy, onConfirm, onCancel }: {
  readonly project: LocalProjectSummary
  readonly busy: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
}) {
  const t = useT()
  return (
    <ConfirmDeleteDialog title={t('projects.delete.title', { name: project.name })} confirmLabel={t('projects.delete.confirm')} busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{t('projects.delete.body', { elements: project.elementCount })}</p>
      <p className="muted">{t('projects.delete.hint')}</p>
    </ConfirmDeleteDialog>
  )
}

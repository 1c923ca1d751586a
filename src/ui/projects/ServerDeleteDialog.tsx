import type { ServerProject } from '../../sync/serverApi.ts'
import { useT } from '../i18n/locale.ts'
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog.tsx'

/** Asks before moving a server project to the trash (kept 30 days; everyone connected is disconnected). */
export function ServerDeleteDialog({ project, busy, onConfirm, onCancel }: {
  readonly project: ServerProject
  readonly busy: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
}) {
  const t = useT()
  return (
    <ConfirmDeleteDialog title={t('projects.delete.title', { name: project.name })} confirmLabel={t('projects.server.deleteConfirm')} busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>{t('projects.server.deleteBody')}</p>
    </ConfirmDeleteDialog>
  )
}

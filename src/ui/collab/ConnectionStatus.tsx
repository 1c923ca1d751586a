import type { ConnectionSnapshot } from '../../sync/serverProject.ts'
import { useT } from '../i18n/locale.ts'

/**
 * The connection state, always in view: tersambung / menyinkronkan / offline (or refused), with
 * the number of local changes the server has not confirmed yet.
 */
export function ConnectionStatus({ snapshot }: { readonly snapshot: ConnectionSnapshot }) {
  const t = useT()
  const { phase, pending } = snapshot
  const label = t(`collab.connection.${phase}`)
  const waiting = pending === 0 ? '' : pending === 1 ? t('collab.connection.pendingOne') : t('collab.connection.pending', { count: pending })
  return (
    <p className="collab-connection" data-phase={phase} data-pending={pending} role="status" aria-live="polite" title={t(`collab.connection.${phase}.hint`)}>
      <span className="collab-connection__dot" aria-hidden="true" />
      <span className="collab-connection__label">{label}</span>
      {waiting && <span className="collab-connection__pending">· {waiting}</span>}
    </p>
  )
}

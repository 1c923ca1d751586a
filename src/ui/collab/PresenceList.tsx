import { useStore } from 'zustand'
import { useT } from '../i18n/locale.ts'
import { useCollab } from './collabContext.ts'
import { initialsOf } from './presenceUser.ts'
import { usePeers } from './usePresence.ts'

/**
 * Who is here: a coloured badge with initials per person (each tab counts), the name on hover and
 * for screen readers, and "Ikuti" to follow someone's view of the canvas (the facilitator mode).
 */
export function PresenceList() {
  const t = useT()
  const collab = useCollab()
  const peers = usePeers(collab?.awareness)
  const following = useStore(collab!.follow, (s) => s.following)
  if (!collab) return null
  const toggle = (clientId: number): void => collab.follow.setState({ following: following === clientId ? undefined : clientId })
  return (
    <div className="collab-presence" role="group" aria-label={t('collab.presence.label', { count: peers.length })}>
      <ul className="collab-presence__list">
        {peers.map((p) => (
          <li key={p.clientId} className="collab-presence__peer" data-self={p.self || undefined}>
            <span className="collab-avatar" style={{ background: p.user.color }} title={p.self ? t('collab.presence.you', { name: p.user.name }) : p.user.name} aria-hidden="true">
              {initialsOf(p.user.name)}
            </span>
            <span className="visually-hidden">{p.self ? t('collab.presence.you', { name: p.user.name }) : p.user.name}</span>
            {!p.self && (
              <button
                type="button"
                className="collab-follow"
                aria-pressed={following === p.clientId}
                aria-label={t(following === p.clientId ? 'collab.follow.stopFor' : 'collab.follow.for', { name: p.user.name })}
                onClick={() => toggle(p.clientId)}
              >
                {following === p.clientId ? t('collab.follow.stop') : t('collab.follow.start')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

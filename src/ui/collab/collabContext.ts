import { createContext, useContext } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { Role } from '../../sync/serverSession.ts'
import type { PresenceUser } from '../../sync/serverProject.ts'
import type { FollowStore } from './followStore.ts'

/** What collaboration components need about the opened server project (null for a local one). */
export interface Collab {
  readonly projectId: string
  readonly token: string
  readonly role: Role
  readonly user: PresenceUser
  readonly awareness: Awareness
  readonly follow: FollowStore
}

export const CollabContext = createContext<Collab | null>(null)

export function useCollab(): Collab | null {
  return useContext(CollabContext)
}

import type { RoomManager } from '../sync/roomManager.ts'
import type { SyncStorage } from '../storage/syncStorage.ts'

export interface ApiLimits {
  /** Ordinary JSON bodies. */
  readonly jsonBytes: number
  /** An uploaded project file. */
  readonly uploadBytes: number
}

/** What the API handlers share. */
export interface ApiContext {
  readonly storage: SyncStorage
  readonly rooms: RoomManager
  readonly secret: Uint8Array
  readonly limits: ApiLimits
  readonly now: () => number
}

/** Deleted projects stay in the trash this long before they are purged. */
export const TRASH_DAYS = 30

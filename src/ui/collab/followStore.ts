import { createStore, type StoreApi } from 'zustand/vanilla'

/** Whose viewport this tab follows ("Ikuti"): an awareness client id, or none. */
export type FollowStore = StoreApi<{ readonly following: number | undefined }>

export const createFollowStore = (): FollowStore => createStore(() => ({ following: undefined as number | undefined }))

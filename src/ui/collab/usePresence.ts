import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from '../../sync/serverProject.ts'
import { readPresenceUser } from './presenceUser.ts'

/** One person here, as their awareness state says (cursor and viewport are flow coordinates). */
export interface Peer {
  readonly clientId: number
  readonly user: PresenceUser
  readonly self: boolean
  readonly viewId: string | undefined
  readonly cursor: { readonly x: number; readonly y: number } | undefined
  readonly selection: readonly string[]
  readonly viewport: { readonly x: number; readonly y: number; readonly zoom: number } | undefined
}

function num(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

/** Reads one awareness state defensively: a peer's state is whatever their client sent. */
export function readPeer(clientId: number, state: Record<string, unknown>, selfId: number): Peer | undefined {
  const user = readPresenceUser(state)
  if (!user) return undefined
  const c = state.cursor as { x?: unknown; y?: unknown } | undefined
  const v = state.viewport as { x?: unknown; y?: unknown; zoom?: unknown } | undefined
  const sel = Array.isArray(state.selection) ? state.selection.filter((s): s is string => typeof s === 'string').slice(0, 500) : []
  return {
    clientId,
    user,
    self: clientId === selfId,
    viewId: typeof state.viewId === 'string' ? state.viewId : undefined,
    cursor: c && num(c.x) && num(c.y) ? { x: c.x, y: c.y } : undefined,
    selection: sel,
    viewport: v && num(v.x) && num(v.y) && num(v.zoom) && v.zoom > 0 ? { x: v.x, y: v.y, zoom: v.zoom } : undefined,
  }
}

/** Everybody in the project now (this tab first), re-read on every awareness change. */
export function usePeers(awareness: Awareness | undefined): readonly Peer[] {
  const [peers, setPeers] = useState<readonly Peer[]>([])
  useEffect(() => {
    if (!awareness) {
      setPeers([])
      return
    }
    const read = (): void => {
      const list: Peer[] = []
      for (const [clientId, state] of awareness.getStates()) {
        const peer = readPeer(clientId, state, awareness.clientID)
        if (peer) list.push(peer)
      }
      list.sort((a, b) => (a.self === b.self ? a.user.name.localeCompare(b.user.name) : a.self ? -1 : 1))
      setPeers(list)
    }
    read()
    awareness.on('change', read)
    return () => awareness.off('change', read)
  }, [awareness])
  return peers
}

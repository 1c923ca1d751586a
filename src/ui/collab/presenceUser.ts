import type { PresenceUser } from '../../sync/serverProject.ts'

/** Distinct, readable on white, and not the domain colours' exact hues. */
const COLOURS = ['#d9480f', '#2b8a3e', '#1971c2', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4', '#087f5b', '#a61e4d']

/** A stable colour per user id, so a person keeps theirs across reloads and tabs. */
export function colourFor(userId: string): string {
  let h = 0
  for (let i = 0; i < userId.length; i++) h = (Math.imul(h, 31) + userId.charCodeAt(i)) >>> 0
  return COLOURS[h % COLOURS.length]!
}

/** "Siti Rahma" -> "SR", "budi" -> "BU". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return '?'
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase()
  return (words[0]![0]! + words.at(-1)![0]!).toUpperCase()
}

export function presenceUser(userId: string, name: string | undefined, fallbackName: string): PresenceUser {
  return { id: userId, name: name?.trim() || fallbackName, color: colourFor(userId) }
}

/** A remote person as read from awareness; undefined for a state that is not ours. */
export function readPresenceUser(state: unknown): PresenceUser | undefined {
  const user = (state as { user?: unknown } | null)?.user as Partial<PresenceUser> | undefined
  if (!user || typeof user.name !== 'string' || typeof user.color !== 'string' || typeof user.id !== 'string') return undefined
  return { id: user.id, name: user.name.slice(0, 100), color: /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#495057' }
}

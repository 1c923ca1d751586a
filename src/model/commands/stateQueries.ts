import type { StateRole } from '../project.ts'
import type { DocRoots } from '../ydoc/docSchema.ts'

/** Role of every existing state, by id. */
export function stateRoles(r: DocRoots): Map<string, StateRole> {
  const roles = new Map<string, StateRole>()
  r.states.forEach((m, id) => roles.set(id, m.get('role') as StateRole))
  return roles
}

export function stateWithRole(r: DocRoots, role: StateRole): string | undefined {
  for (const [id, rl] of stateRoles(r)) if (rl === role) return id
  return undefined
}

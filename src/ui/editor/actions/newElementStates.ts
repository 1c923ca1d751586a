import type { State } from '../../../model/project.ts'

/**
 * The states an element created while looking at `stateId` joins. In the as-is it is part of the
 * present and carries on into every later state (the command's default: `undefined`). In the
 * target it is new there only ("baru"); in an intermediate year it exists from that year on.
 */
export function newElementStates(states: readonly State[], stateId: string): readonly string[] | undefined {
  const index = states.findIndex((s) => s.id === stateId)
  if (index < 0 || states[index]!.role === 'asis') return undefined
  return states.slice(index).map((s) => s.id)
}

import { addIntermediateState, deleteIntermediateState, renameState } from '../../../model/commands/stateCommands.ts'
import type { Plan, State } from '../../../model/project.ts'
import { perform, uiMessage, type EditorEnv } from '../editorEnv.ts'
import { notify, selectState } from '../editorStore.ts'

export interface YearRange {
  readonly from: number
  readonly to: number
}

/**
 * The years an intermediate state may describe: inside the plan period, and before the target
 * year when the target has one (a state for the target's own year is the target).
 */
export function intermediateYears(plan: Plan, states: readonly State[]): YearRange {
  const end = plan.startYear + plan.years - 1
  const target = states.find((s) => s.role === 'target')?.year
  return { from: plan.startYear, to: target !== undefined ? Math.min(end, target - 1) : end }
}

/** The year offered first: the middle of the range if free, else the first free year, else none. */
export function suggestedYear(range: YearRange, states: readonly State[]): number | undefined {
  const taken = new Set(states.filter((s) => s.role === 'intermediate').map((s) => s.year))
  const middle = Math.round((range.from + range.to) / 2)
  if (range.from <= range.to && !taken.has(middle)) return middle
  for (let y = range.from; y <= range.to; y++) if (!taken.has(y)) return y
  return undefined
}

/** Why a year cannot take a new intermediate state, or undefined when it can. */
export function yearProblem(year: number, range: YearRange, states: readonly State[]): 'range' | 'taken' | undefined {
  if (!Number.isInteger(year) || year < range.from || year > range.to) return 'range'
  if (states.some((s) => s.role === 'intermediate' && s.year === year)) return 'taken'
  return undefined
}

/** Adds an intermediate state for `year` and shows it: one undo step. */
export function addYearState(env: EditorEnv, name: string, year: number): string | undefined {
  const s = env.store.getState()
  const range = intermediateYears(s.plan, s.states)
  const problem = yearProblem(year, range, s.states)
  if (problem) {
    notify(env.ui, 'error', problem === 'range'
      ? uiMessage('editor.states.yearRange', { from: String(range.from), to: String(range.to) })
      : uiMessage('editor.states.yearTaken', { year: String(year) }))
    return undefined
  }
  const result = perform(env, () => addIntermediateState(env.ctx, name, year))
  if (!result.ok) return undefined
  selectState(env.ui, result.value)
  return result.value
}

export function renameYearState(env: EditorEnv, stateId: string, name: string): boolean {
  return perform(env, () => renameState(env.ctx, stateId, name)).ok
}

/** Deletes an intermediate state (one undo step); the editor falls back to the as-is when it was shown. */
export function deleteYearState(env: EditorEnv, stateId: string): boolean {
  return perform(env, () => deleteIntermediateState(env.ctx, stateId)).ok
}

import type { Message } from '../../model/message.ts'
import type { Policy } from '../../model/project.ts'
import type { Severity } from '../../model/validation/finding.ts'
import type { StateView } from '../stateView.ts'
import type { NationalApplication } from './nationalApplications.ts'

/** What an assessor would write down about one state of the architecture. */
export interface RuleFinding {
  /** Stable rule id, e.g. `service-without-application`. */
  readonly rule: string
  readonly severity: Severity
  readonly stateId: string
  /** The elements involved; the first is the one the finding is about. */
  readonly elements: readonly string[]
  readonly message: Message
  /** What to do about it, phrased as an action. */
  readonly remedy: Message
}

export interface RuleContext {
  readonly policy: Policy
  readonly nationalApplications: readonly NationalApplication[]
}

/**
 * One architecture rule: a small module with a stable id, a title and description for the UI,
 * and a check over one state. Registered in registry.ts; the engine knows nothing else of it.
 */
export interface ArchitectureRule {
  readonly id: string
  readonly severity: Severity
  readonly title: Message
  readonly description: Message
  check(view: StateView, ctx: RuleContext): RuleFinding[]
}

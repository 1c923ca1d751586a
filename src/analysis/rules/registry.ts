import type { ProjectData } from '../../model/project.ts'
import { sortedOrderByKey } from '../sortedOrder.ts'
import { findState, StateView } from '../stateView.ts'
import { applicationOutsideDataCentre } from './applicationOutsideDataCentre.ts'
import { applicationWithoutInfrastructure } from './applicationWithoutInfrastructure.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'
import { dataWithoutCustodian } from './dataWithoutCustodian.ts'
import { directIntegration } from './directIntegration.ts'
import { duplicateApplication } from './duplicateApplication.ts'
import { NATIONAL_APPLICATIONS } from './nationalApplications.ts'
import { serviceWithoutApplication } from './serviceWithoutApplication.ts'
import { unclassifiedElement } from './unclassifiedElement.ts'
import { unprotectedAsset } from './unprotectedAsset.ts'
import { unsupportedProcess } from './unsupportedProcess.ts'

/** Every architecture rule, in report order. Adding a rule: its own file, and one line here. */
export const ARCHITECTURE_RULES: readonly ArchitectureRule[] = [
  unsupportedProcess,
  serviceWithoutApplication,
  applicationWithoutInfrastructure,
  applicationOutsideDataCentre,
  duplicateApplication,
  dataWithoutCustodian,
  unprotectedAsset,
  directIntegration,
  unclassifiedElement,
]

const byId = new Map(ARCHITECTURE_RULES.map((r) => [r.id, r]))

export function ruleById(id: string): ArchitectureRule | undefined {
  return byId.get(id)
}

export interface EvaluateOptions {
  /** The rules to run, in order (default: all of them). */
  readonly rules?: readonly ArchitectureRule[]
  /** A view of the state already built (by the gap analysis, say), reused instead of building one. */
  readonly view?: StateView
}

/**
 * Runs the rules on one state (`stateId` is a state id or a role: asis, target) and returns their
 * findings in a stable order: rule order, then the subject element's id, then the other elements.
 */
export function evaluateRules(data: ProjectData, stateId: string, options: EvaluateOptions = {}): RuleFinding[] {
  const view = options.view ?? viewFor(data, stateId)
  if (options.view && options.view.state.id !== stateId && options.view.state.role !== stateId) {
    throw new Error(`evaluateRules: the view given is of state ${options.view.state.id}, not ${stateId}`)
  }
  const rules = options.rules ?? ARCHITECTURE_RULES
  const ctx = { policy: data.settings.policy, nationalApplications: NATIONAL_APPLICATIONS }
  const out: RuleFinding[] = []
  for (const rule of rules) {
    const findings = rule.check(view, ctx)
    // Rules mostly report in id order already: check that in one pass, sort only when not.
    let sorted = true
    for (let i = 1; i < findings.length && sorted; i++) if (compareFindings(findings[i - 1]!, findings[i]!) > 0) sorted = false
    const inOrder = sorted ? findings : sortFindings(findings)
    for (let i = 0; i < inOrder.length; i++) out.push(inOrder[i]!)
  }
  return out
}

/** Subject element, then all the elements, then the message: the order findings are reported in. */
function compareFindings(a: RuleFinding, b: RuleFinding): number {
  return compare(a.elements[0] ?? '', b.elements[0] ?? '') || compare(a.elements.join('\n'), b.elements.join('\n')) || compare(a.message.en, b.message.en)
}

/**
 * A stable sort by compareFindings: by subject element with the merge sort on integer arrays
 * (rules report in element order, which is a few sorted runs of ids), then each run of findings
 * about one element, usually one finding long, by the rest of compareFindings.
 */
function sortFindings(findings: readonly RuleFinding[]): RuleFinding[] {
  const subjects = new Array<string>(findings.length)
  for (let i = 0; i < findings.length; i++) subjects[i] = findings[i]!.elements[0] ?? ''
  const order = sortedOrderByKey(subjects)
  const out = new Array<RuleFinding>(findings.length)
  for (let k = 0; k < order.length; k++) out[k] = findings[order[k]!]!
  for (let start = 0; start < out.length; ) {
    let end = start + 1
    while (end < out.length && subjects[order[end]!] === subjects[order[start]!]) end++
    if (end - start > 1) {
      const group = out.slice(start, end).sort(compareFindings)
      for (let k = 0; k < group.length; k++) out[start + k] = group[k]!
    }
    start = end
  }
  return out
}

function viewFor(data: ProjectData, stateId: string): StateView {
  const state = findState(data, stateId)
  if (!state) throw new Error(`evaluateRules: no state ${stateId} in project ${data.project.id} (states: ${data.states.map((s) => s.id).join(', ')})`)
  return new StateView(data, state)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

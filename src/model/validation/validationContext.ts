import type { Catalogue } from '../reference/catalogue.ts'
import type { Element, ProjectData } from '../project.ts'
import type { Finding, Severity } from './finding.ts'
import { msg } from '../message.ts'

/** Indexes every rule needs, built once per validation run. */
export class ValidationContext {
  readonly findings: Finding[] = []
  readonly elements = new Map<string, Element>()
  readonly opdIds: ReadonlySet<string>
  readonly stateIds: ReadonlySet<string>
  readonly goalIds: ReadonlySet<string>

  constructor(
    readonly data: ProjectData,
    readonly catalogue: Catalogue,
  ) {
    // The first of two elements with one id wins; the duplicate is reported by uniqueIds.
    for (const e of data.elements) if (!this.elements.has(e.id)) this.elements.set(e.id, e)
    this.opdIds = new Set(data.opd.map((o) => o.id))
    this.stateIds = new Set(data.states.map((s) => s.id))
    this.goalIds = new Set(data.plan.goals.map((g) => g.id))
  }

  report(rule: string, severity: Severity, path: string, id: string, en: string, subject?: string): void {
    this.findings.push(subject === undefined ? { rule, severity, message: msg(id, en), path } : { rule, severity, message: msg(id, en), path, subject })
  }
}

/** A validation rule: one small module with a stable code, run over the whole project. */
export interface ValidationRule {
  readonly code: string
  readonly run: (ctx: ValidationContext) => void
}

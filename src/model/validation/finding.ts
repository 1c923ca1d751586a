import type { Message } from '../message.ts'

export type Severity = 'error' | 'warning' | 'info'

/** One validation result: what is wrong, where, and how badly. `rule` codes are stable. */
export interface Finding {
  readonly rule: string
  readonly severity: Severity
  readonly message: Message
  /** The element, relation, view or OPD the finding is about, when there is one. */
  readonly subject?: string
  /** Where in the project file, e.g. `elements[12].attrs.function`. */
  readonly path: string
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

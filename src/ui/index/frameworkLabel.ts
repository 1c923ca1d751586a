import type { EvaluationFramework } from '../../analysis/index/framework.ts'

/** What a year row calls its framework: the regulation's short form ("PermenPANRB 59/2020"), else the id. */
export function frameworkShortName(f: EvaluationFramework | undefined, id: string): string {
  const regulation = f?.regulation?.split(/\s+tentang\s+/i)[0]?.trim()
  return regulation || id
}

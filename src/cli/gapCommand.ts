import { analyzeGap } from '../analysis/gap/gapAnalysis.ts'
import { evaluateRules } from '../analysis/rules/registry.ts'
import { findState } from '../analysis/stateView.ts'
import { gapToCsv, gapToJson, gapToMarkdown } from '../io/gapReport.ts'
import { EXIT, type CliCommand } from './cliCommand.ts'
import { readProjectArgs } from './projectArgs.ts'

export const gapCommand: CliCommand = {
  name: 'gap',
  usage: 'cetakbiru gap <berkas.cetakbiru.json> [--from <kondisi>] [--to <kondisi>] [--format json|md|csv]',
  summary: {
    id: 'Analisis kesenjangan antara dua kondisi (bawaan: saat ini ke target) dan temuan arsitektur pada kondisi tujuan (exit 1 bila ada temuan galat)',
    en: 'Gap analysis between two states (default: as-is to target) and the architecture findings in the later one (exit 1 on error findings)',
  },
  async run(args, io) {
    const p = await readProjectArgs(args, io, this.usage, true)
    if (typeof p === 'number') return p
    const from = findState(p.data, p.from ?? 'asis')
    const to = findState(p.data, p.to ?? 'target')
    if (!from || !to) {
      const missing = !from ? p.from ?? 'asis' : p.to ?? 'target'
      const known = p.data.states.map((s) => s.id).join(', ')
      io.err(`Kondisi "${missing}" tidak ada (yang ada: ${known}) / State "${missing}" does not exist (there are: ${known})`)
      return EXIT.unreadable
    }
    const gap = analyzeGap(p.data, from, to)
    const findings = evaluateRules(p.data, to.id)
    if (p.format === 'json') io.out(JSON.stringify(gapToJson(gap, findings), null, 2))
    else if (p.format === 'md') io.out(gapToMarkdown(p.data, gap, findings))
    else io.out(gapToCsv(p.data, gap))
    return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok
  },
}

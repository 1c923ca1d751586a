import { stringify } from 'csv-stringify/sync'
import type { Change, GapAnalysis } from '../analysis/gap/gapAnalysis.ts'
import type { RuleFinding } from '../analysis/rules/architectureRule.ts'
import { DOMAINS, elementKind, relationKind } from '../model/metamodel/metamodel.ts'
import type { ProjectData } from '../model/project.ts'
import { csvSafe } from './csvSafe.ts'
import { mdTable, mdText } from './markdown.ts'

const CHANGE_LABEL = { added: 'Baru', removed: 'Dihentikan', changed: 'Berubah', unchanged: 'Tetap' } as const
const SEVERITY_LABEL = { error: 'Galat', warning: 'Peringatan', info: 'Info' } as const

/** The gap as the JSON the CLI prints: changes (the gap lists no unchanged ones) and the target's findings. */
export function gapToJson(gap: GapAnalysis, findings: readonly RuleFinding[]): unknown {
  return {
    from: gap.from,
    to: gap.to,
    summary: gap.summary,
    changes: gap.changes,
    findings,
  }
}

function nameOf(data: ProjectData): (id: string) => string {
  const names = new Map(data.elements.map((e) => [e.id, e.name]))
  return (id) => names.get(id) ?? id
}

function describe(c: Change, name: (id: string) => string): string {
  if (c.type === 'element') return c.name
  return `${name(c.source)} → ${relationKind(c.kind)?.verb.id ?? c.kind} → ${name(c.target)}`
}

function fieldsText(c: Change): string {
  return c.fields.map((f) => `${f.field}: ${f.before ?? '–'} → ${f.after ?? '–'}`).join('; ')
}

/** A Markdown report of the gap, in Indonesian, for a reader who has not opened the tool. */
export function gapToMarkdown(data: ProjectData, gap: GapAnalysis, findings: readonly RuleFinding[]): string {
  const name = nameOf(data)
  const opd = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const out: string[] = [
    `# Analisis Kesenjangan: ${mdText(data.project.name)}`,
    '',
    `${mdText(data.project.organization)}, ${mdText(data.plan.name)}. Dari **${mdText(gap.from.name)}** ke **${mdText(gap.to.name)}**.`,
    '',
    '## Ringkasan',
    '',
    mdTable(
      ['Domain', 'Baru', 'Berubah', 'Dihentikan', 'Tetap'],
      DOMAINS.map((d) => {
        const c = gap.summary.byDomain[d.id]!
        return [d.label.id, String(c.added), String(c.changed), String(c.removed), String(c.unchanged)]
      }),
      ['left', 'right', 'right', 'right', 'right'],
    ),
    '',
  ]
  for (const d of DOMAINS) {
    const changes = gap.changes.filter((c) => c.domain === d.id && c.type === 'element')
    if (changes.length === 0) continue
    out.push(`## ${d.label.id}`, '', mdTable(
      ['Elemen', 'Jenis', 'Kesenjangan', 'Perubahan', 'OPD'],
      changes.map((c) => [
        mdText(describe(c, name)), elementKind(c.kind)?.label.id ?? c.kind, CHANGE_LABEL[c.change], mdText(fieldsText(c)),
        c.type === 'element' && c.ownerOpd ? mdText(opd.get(c.ownerOpd) ?? c.ownerOpd) : '',
      ]),
    ), '')
  }
  const relations = gap.changes.filter((c) => c.type === 'relation')
  if (relations.length > 0) {
    out.push('## Relasi', '', mdTable(['Relasi', 'Kesenjangan'], relations.map((c) => [mdText(describe(c, name)), CHANGE_LABEL[c.change]])), '')
  }
  out.push(`## Temuan Arsitektur pada ${mdText(gap.to.name)}`, '')
  if (findings.length === 0) out.push('Tidak ada temuan.', '')
  else {
    out.push(mdTable(
      ['Aturan', 'Tingkat', 'Temuan', 'Saran'],
      findings.map((f) => [f.rule, SEVERITY_LABEL[f.severity], mdText(f.message.id), mdText(f.remedy.id)]),
    ), '')
  }
  return out.join('\n')
}

/** One row per change, for a spreadsheet. */
export function gapToCsv(data: ProjectData, gap: GapAnalysis): string {
  const name = nameOf(data)
  return stringify(
    gap.changes.map((c) => [
      c.type, c.id, c.change, c.domain, c.kind, describe(c, name), c.type === 'element' ? c.ownerOpd ?? '' : '', fieldsText(c),
    ]),
    { header: true, columns: ['type', 'id', 'change', 'domain', 'kind', 'name', 'ownerOpd', 'fields'], cast: { string: csvSafe } },
  )
}

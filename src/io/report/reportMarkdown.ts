import { mdTable, mdText } from '../markdown.ts'
import { indexMarkdown } from './indexMarkdown.ts'
import { groupedNumber } from './indonesianDate.ts'
import { CHAPTER, appendixHeading, diagramsIntro, domainHeading, reportOutline, summaryParagraphs } from './reportOutline.ts'
import type { ReportModel } from './reportModel.ts'

const dash = (s: string): string => (s === '' ? '–' : mdText(s))

/** The report as Markdown (for the CLI, a wiki or a pull request): the same chapters as the DOCX. */
export function reportToMarkdown(r: ReportModel): string {
  const c = r.cover
  const out: string[] = [
    `# ${mdText(c.title)}`, '', `**${mdText(c.organization)}**, ${mdText(c.planName)} (${c.period}), ${c.date}.`, '',
    '## Daftar isi', '', ...reportOutline(r).map((x) => `${x.level === 2 ? '  ' : ''}- ${mdText(x.text)}`), '',
    `## ${CHAPTER.summary}`, '', ...summaryParagraphs(r).flatMap((p) => [mdText(p), '']),
    mdTable(
      ['Domain', 'Saat ini', 'Target', 'Baru', 'Berubah', 'Dihentikan', 'Tetap', 'Kegiatan'],
      r.summary.domains.map((d) => [d.label, ...[d.asIs, d.toBe, d.added, d.changed, d.removed, d.unchanged, d.activities].map(String)]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ), '',
    `## ${CHAPTER.architecture}`, '',
  ]
  r.domains.forEach((d, i) => {
    out.push(`### ${domainHeading(i, d.label)}`, '')
    if (d.rows.length === 0) return void out.push('Tidak ada elemen.', '')
    out.push(mdTable(
      ['No', 'As-Is', 'To-Be', 'Kesenjangan', 'Kegiatan', 'Target tahun', 'Penanggung jawab (OPD)', 'Keterkaitan RPJMD'],
      d.rows.map((row, k) => [
        String(k + 1), dash(row.asIs), dash(row.toBe), mdText(row.detail ? `${row.gap} (${row.detail})` : row.gap),
        row.activities.length ? row.activities.map((a) => `${mdText(a.code)} ${mdText(a.name)}`).join('<br>') : '–',
        dash(row.targetYear), dash(row.opd), dash(row.rpjmd),
      ]),
    ), '')
  })
  out.push(`## ${CHAPTER.findings}`, '')
  out.push(r.findings.length === 0 ? 'Tidak ada temuan.' : mdTable(
    ['No', 'Aturan', 'Tingkat', 'Elemen', 'Temuan', 'Saran'],
    r.findings.map((f, i) => [String(i + 1), mdText(f.title), f.severityLabel, mdText(f.elements), mdText(f.message), mdText(f.remedy)]),
  ), '')
  // Markdown cannot hold the drawings portably: the chapter lists them; DOCX, HTML and PDF show them.
  out.push(`## ${CHAPTER.diagrams}`, '', mdText(diagramsIntro(r)), '', ...r.diagrams.map((d) => `- ${mdText(d.caption)}`), '')
  const t = r.roadmap
  out.push(`## ${CHAPTER.roadmap}`, '', `${mdText(t.planName)}: ${t.rows.length} kegiatan. Target capaian: persentase penyelesaian pada akhir tahun; pagu dalam Rupiah.`, '')
  out.push(mdTable(
    ['Muatan', 'Program', 'Kegiatan', ...t.years.map((y, i) => `T${i + 1} ${y}`), 'OPD pelaksana', ...t.years.map((y) => `Pagu ${y}`), 'Jumlah', 'Keterkaitan RPJMD'],
    [
      ...t.rows.map((row) => [
        row.firstOfMuatan ? mdText(row.muatan) : '', row.firstOfProgram ? mdText(row.program) : '', `${mdText(row.code)} ${mdText(row.name)}`,
        ...row.targets, dash(row.opd), ...row.budget.map((b) => (b ? groupedNumber(b) : '–')), groupedNumber(row.total), dash(row.rpjmd),
      ]),
      ['**Jumlah**', '', '', ...t.years.map(() => ''), '', ...t.yearTotals.map((y) => `**${groupedNumber(y.budget)}**`), `**${groupedNumber(t.totalBudget)}**`, ''],
    ],
    ['left', 'left', 'left', ...t.years.map(() => 'right' as const), 'left', ...t.years.map(() => 'right' as const), 'right', 'left'],
  ), '')
  if (t.unscheduled.length) out.push('### Kegiatan belum terjadwal', '', mdTable(['Kegiatan', 'OPD', 'Alasan'], t.unscheduled.map((u) => [`${mdText(u.code)} ${mdText(u.name)}`, dash(u.opd), mdText(u.reason)])), '')
  if (r.index) out.push(...indexMarkdown(r.index))
  out.push(`## ${CHAPTER.appendix}`, '')
  r.catalogue.forEach((cat, i) => {
    out.push(`### ${appendixHeading(i, cat.label)}`, '')
    if (cat.rows.length === 0) return void out.push('Tidak ada elemen.', '')
    out.push(mdTable(['No', 'Kode', 'Nama', 'Jenis', 'OPD pemilik', 'Kode referensi', 'Saat ini', 'Target'],
      cat.rows.map((e, k) => [String(k + 1), dash(e.code), mdText(e.name), mdText(e.kind), dash(e.opd), dash(e.refCodes), e.asIs, e.toBe])), '')
  })
  return out.join('\n')
}

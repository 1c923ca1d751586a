import { groupedNumber, millions } from '../indonesianDate.ts'
import type { DomainSection } from '../domainSections.ts'
import { CHAPTER, diagramsIntro, domainHeading, appendixHeading, indexFigureCaption, reportOutline, summaryParagraphs } from '../reportOutline.ts'
import type { ReportModel } from '../reportModel.ts'
import type { RoadmapTable } from '../roadmapTable.ts'
import { escapeHtml as h } from './escapeHtml.ts'
import { cell, table, type Cell } from './htmlTable.ts'
import { indexHtml } from './indexHtml.ts'
import { REPORT_CSS } from './reportCss.ts'

const num = (n: number): Cell => ({ html: h(groupedNumber(n)), cls: 'num' })
const mil = (n: number): Cell => ({ html: h(millions(n)), cls: 'num' })
const dash = (s: string): string => (s === '' ? '–' : s)

function cover(r: ReportModel): string {
  const c = r.cover
  return `<section class="cover">
<div class="emblem">${h(c.organization.replace(/^Pemerintah\s+/i, '').slice(0, 40))}</div>
<div><div class="title">${h(c.title.toUpperCase())}</div><div class="org">${h(c.organization)}</div></div>
<div class="plan">${h(c.planName)}<br>Periode ${h(c.period)}</div>
<div class="muted">${h(c.projectName)}</div>
<div class="date">${h(c.date)}</div>
</section>`
}

function toc(r: ReportModel): string {
  const items = reportOutline(r).map((x) => `<li class="l${x.level}"><a href="#${x.anchor}">${h(x.text)}</a></li>`)
  return `<nav class="toc" aria-label="Daftar isi"><h1>DAFTAR ISI</h1><ol>${items.join('')}</ol></nav>`
}

/** A bar chart in CSS: as-is and target element counts per domain. */
function chart(r: ReportModel): string {
  const max = Math.max(1, ...r.summary.domains.flatMap((d) => [d.asIs, d.toBe]))
  const rows = r.summary.domains.map((d) => `<div class="row"><div class="label">${h(d.label)}</div><div class="bars">
<div class="bar asis" style="width:${((100 * d.asIs) / max).toFixed(1)}%" title="${d.asIs}"></div>
<div class="bar tobe" style="width:${((100 * d.toBe) / max).toFixed(1)}%" title="${d.toBe}"></div></div><div>${d.asIs} → ${d.toBe}</div></div>`)
  return `<figure class="chart" aria-label="Jumlah elemen per domain">${rows.join('')}
<div class="legend"><span class="swatch" style="background:#8eaadb"></span>${h(r.cover.fromState)}<span class="swatch" style="background:#1f3864"></span>${h(r.cover.toState)}</div>
<figcaption class="muted">Gambar 1. Jumlah elemen arsitektur per domain</figcaption></figure>`
}

function summary(r: ReportModel): string {
  const t = r.summary.totals
  const rows = r.summary.domains.map((d) => [d.label, num(d.asIs), num(d.toBe), num(d.added), num(d.changed), num(d.removed), num(d.unchanged), num(d.activities)])
  const total = `<tr class="total"><td>Jumlah</td>${[t.asIs, t.toBe, t.added, t.changed, t.removed, t.unchanged, r.summary.activities].map((n) => cell(num(n))).join('')}</tr>`
  return `<section><h1 id="ringkasan">${h(CHAPTER.summary)}</h1>${summaryParagraphs(r).map((p) => `<p>${h(p)}</p>`).join('')}
${table(['Domain', 'Saat ini', 'Target', 'Baru', 'Berubah', 'Dihentikan', 'Tetap', 'Kegiatan'], rows).replace('</tbody>', `${total}</tbody>`)}
<p class="muted">Tabel 1. Ringkasan kesenjangan per domain. Kolom Kegiatan menghitung kegiatan Peta Rencana yang menutup kesenjangan domain itu.</p>
${chart(r)}</section>`
}

export const GAP_HEADERS = ['No', 'As-Is (Kondisi Saat Ini)', 'To-Be (Kondisi Target)', 'Kesenjangan', 'Kegiatan', 'Target tahun', 'Penanggung jawab (OPD)', 'Keterkaitan RPJMD'] as const

function domain(d: DomainSection, i: number): string {
  const rows = d.rows.map((row, k) => [
    { html: String(k + 1), cls: 'center' }, dash(row.asIs), dash(row.toBe),
    { html: h(row.gap) + (row.detail ? `<br><span class="muted">${h(row.detail)}</span>` : '') },
    { html: row.activities.map((a) => `${h(a.code)} ${h(a.name)}`).join('<br>') || '–' },
    { html: h(dash(row.targetYear)), cls: 'center' }, dash(row.opd), dash(row.rpjmd),
  ])
  return `<h2 id="domain-${d.id}">${h(domainHeading(i, d.label))}</h2>
<p>Domain ${h(d.label)} (${h(d.code)}, referensi ${h(d.referenceArchitecture)}) memuat ${d.rows.length} elemen pada kondisi saat ini atau target.</p>
${d.rows.length ? table(GAP_HEADERS, rows, [8, 28, 28, 22, 33, 12, 19, 15]) : '<p class="muted">Tidak ada elemen pada domain ini.</p>'}`
}

function findings(r: ReportModel): string {
  const body = r.findings.length === 0
    ? '<p>Tidak ada temuan.</p>'
    : table(['No', 'Aturan', 'Tingkat', 'Elemen', 'Temuan', 'Saran tindak lanjut'],
      r.findings.map((f, i) => [{ html: String(i + 1), cls: 'center' }, f.title, f.severityLabel, f.elements, f.message, f.remedy]), [9, 28, 18, 30, 44, 36])
  return `<section><h1 id="temuan">${h(CHAPTER.findings)}</h1><p>Temuan pemeriksaan aturan arsitektur atas ${h(r.cover.toState)}.</p>${body}</section>`
}

/**
 * The Peta Rencana in the form Pemda use: a row per muatan, per program under it, and per
 * kegiatan under that (group rows rather than merged cells, which break badly across pages).
 */
export function roadmapTableHtml(t: RoadmapTable): string {
  const ys = t.years
  const n = ys.length
  const cols = `<colgroup><col style="width:21mm"><col style="width:68mm">${ys.map(() => '<col style="width:10mm">').join('')}<col style="width:22mm">${ys.map(() => '<col style="width:13mm">').join('')}<col style="width:15mm"><col style="width:18mm"></colgroup>`
  const top = `<tr><th rowspan="2">Kode</th><th rowspan="2">Muatan / Program / Kegiatan</th><th colspan="${n}">Target capaian</th><th rowspan="2">OPD pelaksana</th><th colspan="${n + 1}">Pagu indikatif (Rp juta)</th><th rowspan="2">Keterkaitan RPJMD</th></tr>`
  const second = `<tr>${ys.map((y, i) => `<th>T${i + 1}<br>${y}</th>`).join('')}${ys.map((y) => `<th>${y}</th>`).join('')}<th>Jumlah</th></tr>`
  const width = 5 + 2 * n
  const body: string[] = []
  for (const r of t.rows) {
    if (r.firstOfMuatan) {
      const [code, ...label] = r.muatan.split(' ')
      body.push(`<tr class="muatan"><td>${h(code!)}</td><td colspan="${width - 1}">${h(label.join(' '))}</td></tr>`)
    }
    if (r.firstOfProgram) {
      const [code, ...label] = r.program.split(' ')
      body.push(`<tr class="program"><td>${h(code!)}</td><td colspan="${width - 1}">${h(label.join(' '))}</td></tr>`)
    }
    const cells: Cell[] = [
      r.code, r.name, ...r.targets.map((x) => (x ? { html: h(x), cls: 'active' } : '')), dash(r.opd),
      ...r.budget.map((b) => (b ? mil(b) : { html: '–', cls: 'num' })), r.total ? mil(r.total) : { html: '–', cls: 'num' }, dash(r.rpjmd),
    ]
    body.push(`<tr class="kegiatan">${cells.map((c) => cell(c)).join('')}</tr>`)
  }
  body.push(`<tr class="total"><td colspan="${3 + n}">Jumlah pagu indikatif</td>${t.yearTotals.map((y) => cell(mil(y.budget))).join('')}${cell(mil(t.totalBudget))}<td></td></tr>`)
  if (t.yearTotals.some((y) => y.ceiling !== undefined)) {
    body.push(`<tr class="total"><td colspan="${3 + n}">Batas pagu</td>${t.yearTotals.map((y) => (y.ceiling === undefined ? '<td></td>' : cell(mil(y.ceiling)))).join('')}<td></td><td></td></tr>`)
  }
  const tableHtml = `<table class="roadmap">${cols}<thead>${top}${second}</thead><tbody>${body.join('\n')}</tbody></table>`
  const legend = t.goals.length ? `<p class="muted">Keterkaitan RPJMD: ${t.goals.map((g) => `${h(g.code)} ${h(g.text)}`).join('; ')}.</p>` : ''
  const unscheduled = t.unscheduled.length
    ? `<h2>Kegiatan belum terjadwal</h2>${table(['Kegiatan', 'OPD', 'Alasan'], t.unscheduled.map((u) => [`${u.code} ${u.name}`, dash(u.opd), u.reason]), [120, 40, 107])}`
    : ''
  return `${tableHtml}${legend}${unscheduled}`
}

/** BAB IV: each chosen view inline as SVG (already escaped by the renderer), on landscape pages. */
function diagrams(r: ReportModel): string {
  const figures = r.diagrams.map((d) => `<figure class="diagram" data-view="${h(d.viewId)}">${d.svg}<figcaption>${h(d.caption)}</figcaption></figure>`)
  return `<section class="landscape diagrams"><h1 id="diagram">${h(CHAPTER.diagrams)}</h1><p>${h(diagramsIntro(r))}</p>${figures.join('\n')}</section>`
}

function catalogue(r: ReportModel): string {
  return r.catalogue.map((c, i) => `<h2 id="katalog-${c.id}">${h(appendixHeading(i, c.label))}</h2>${c.rows.length === 0 ? '<p class="muted">Tidak ada elemen.</p>' : table(
    ['No', 'Kode', 'Nama', 'Jenis', 'OPD pemilik', 'Kode referensi', 'Saat ini', 'Target'],
    c.rows.map((e, k) => [{ html: String(k + 1), cls: 'center' }, dash(e.code), { html: h(e.name) + (e.description ? `<br><span class="muted">${h(e.description)}</span>` : '') }, e.kind, dash(e.opd), dash(e.refCodes), e.asIs, e.toBe]),
    [9, 17, 45, 25, 20, 19, 12, 18],
  )}`).join('\n')
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${REPORT_CSS}</style></head>
<body><main>${body}</main></body></html>
`
}

/** The whole report as one self-contained HTML file (no scripts, no external resources). */
export function reportToHtml(r: ReportModel): string {
  return page(`${r.cover.title}: ${r.cover.organization}`, [
    cover(r), toc(r), summary(r),
    `<section><h1 id="arsitektur">${h(CHAPTER.architecture)}</h1><p>Perbandingan ${h(r.cover.fromState)} dan ${h(r.cover.toState)} per domain arsitektur, dengan kegiatan Peta Rencana yang menutup tiap kesenjangan.</p>${r.domains.map(domain).join('\n')}</section>`,
    findings(r),
    diagrams(r),
    `<section class="landscape"><h1 id="peta-rencana">${h(CHAPTER.roadmap)}</h1><p>Peta Rencana SPBE ${h(r.cover.organization)} ${h(r.roadmap.planName)}: ${r.roadmap.rows.length} kegiatan. Target capaian adalah persentase penyelesaian kegiatan pada akhir tahun.</p>${roadmapTableHtml(r.roadmap)}</section>`,
    ...(r.index ? [indexHtml(r.index, indexFigureCaption(r))] : []),
    `<section><h1 id="lampiran">${h(CHAPTER.appendix)}</h1>${catalogue(r)}</section>`,
  ].join('\n'))
}

import { formatIndex } from '../../analysis/index/predicate.ts'
import { mdTable, mdText } from '../markdown.ts'
import type { GroupRow, IndexSection } from './indexSection.ts'
import { formulaSentence, historyIntro, indexIntro, latestSentence, projectionSentence, targetSentence } from './indexSentences.ts'
import { CHAPTER, indexHeadings } from './reportOutline.ts'

const value = (n: number | null): string => (n === null ? '–' : formatIndex(n))
const lines = (list: readonly string[]): string => (list.length > 0 ? list.map(mdText).join('<br>') : '–')
const RIGHT = 'right' as const
const LEFT = 'left' as const

function groupTable(label: string, rows: readonly GroupRow[]): string {
  return mdTable(['Kode', label, 'Bobot (%)', 'Indeks', 'Predikat'], rows.map((g) => [mdText(g.code), mdText(g.name), String(g.weight), value(g.index), mdText(g.predicate)]), [LEFT, LEFT, RIGHT, RIGHT, LEFT])
}

/** BAB VI Indeks SPBE in Markdown: the same sections and tables as the DOCX. */
export function indexMarkdown(x: IndexSection): string[] {
  const out: string[] = [`## ${CHAPTER.index}`, '', ...indexIntro(x).flatMap((p) => [mdText(p), ''])]
  for (const s of indexHeadings(x)) {
    out.push(`### ${mdText(s.text)}`, '')
    if (s.part === 'history') {
      out.push(mdText(historyIntro(x)), '')
      if (x.history.length > 0) {
        out.push(mdTable(['Tahun', 'Kerangka', 'Indeks', 'Predikat', 'Sumber'],
          x.history.map((y) => [String(y.year), mdText(y.framework), formatIndex(y.index), mdText(y.predicate), y.source]), [LEFT, LEFT, RIGHT, LEFT, LEFT]), '')
      }
    } else if (s.part === 'latest' && x.latest) {
      const l = x.latest
      out.push(mdText(latestSentence(l)), '', mdText(formulaSentence(l)), '', `\`${l.expression}\``, '')
      if (l.domains.length > 0) out.push(groupTable('Domain', l.domains), '')
      out.push(groupTable('Aspek', l.aspects), '')
      out.push(mdTable(['No', 'Indikator', 'Bobot (%)', 'Tingkat', 'Alasan', 'Bukti dukung'],
        l.indicators.map((i) => [String(i.number), mdText(i.name), String(i.weight), mdText(i.levelText), i.justification ? mdText(i.justification) : '–', lines(i.evidence)]),
        [RIGHT, LEFT, RIGHT, LEFT, LEFT, LEFT]), '')
    } else if (s.part === 'projection' && x.projection) {
      out.push(mdText(projectionSentence(x.projection)), '', mdTable(['Tahun', 'Indeks', 'Predikat', 'Indikator yang naik', 'Kegiatan'],
        x.projection.rows.map((y) => [String(y.year), formatIndex(y.index), mdText(y.predicate), lines(y.raised), lines(y.activities)]), [LEFT, RIGHT, LEFT, LEFT, LEFT]), '')
    } else if (s.part === 'target' && x.target) {
      const t = x.target
      out.push(mdText(targetSentence(t)), '')
      if (t.ranking.length > 0) {
        out.push('Indikator dengan ruang kenaikan terbesar (bobot × selisih ke tingkat tertinggi):', '', mdTable(['No', 'Indikator', 'Bobot (%)', 'Tingkat', 'Ruang naik', 'Potensi indeks'],
          t.ranking.map((i) => [String(i.number), mdText(i.name), String(i.weight), String(i.level), String(i.headroom), formatIndex(i.potential)]), [RIGHT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT]), '')
      }
      if (t.movable.length > 0) {
        out.push(`Kegiatan yang dapat dimajukan agar selesai pada ${t.year}:`, '', mdTable(['Kegiatan', 'Selesai (jadwal)', `Tambahan indeks ${t.year}`],
          t.movable.map((m) => [mdText(m.activity), String(m.endYear), `+${formatIndex(m.gain)}`]), [LEFT, RIGHT, RIGHT]), '')
      }
    }
  }
  if (x.warnings.length > 0) out.push('**Catatan:**', '', ...x.warnings.map((w) => `- ${mdText(w)}`), '')
  return out
}

import { formatIndex } from '../../analysis/index/predicate.ts'
import type { IndexSection, LatestAssessment, Projection, TargetSection } from './indexSection.ts'

/** The sentences of BAB VI Indeks SPBE, shared by the renderers so every format says the same. */

export function indexIntro(index: IndexSection): string[] {
  return [
    'Indeks SPBE mengukur tingkat kematangan penerapan SPBE dari penilaian mandiri per indikator. Bab ini memuat riwayat indeks, ' +
      'penilaian mandiri terakhir beserta rumus perhitungannya, proyeksi indeks dari kegiatan Peta Rencana yang tertaut ke indikator, dan rencana mencapai target.',
    ...index.frameworks.map((f) => `Kerangka penilaian: ${f.name}${f.regulation ? `, berdasarkan ${f.regulation}` : ''}${f.verified ? '.' : `. ${f.note}.`}`),
  ]
}

export function historyIntro(index: IndexSection): string {
  return index.history.length === 0
    ? 'Belum ada indeks yang dinilai atau diterbitkan.'
    : 'Indeks per tahun: "dihitung" dari tingkat kematangan per indikator yang tersimpan dalam proyek, "terbit" sesuai nilai yang diumumkan Kementerian PANRB.'
}

export function latestSentence(l: LatestAssessment): string {
  const scope = l.partial ? `penilaian sebagian, ${l.assessed} dari ${l.total} indikator dinilai` : `${l.assessed} dari ${l.total} indikator dinilai`
  return `Penilaian mandiri tahun ${l.year} dengan kerangka ${l.framework}: indeks ${indexWithPredicate(l.index, l.predicate)} (${scope}).`
}

export function formulaSentence(l: LatestAssessment): string {
  return `Rumus: ${l.formula}.`
}

export function projectionSentence(p: Projection): string {
  return `Proyeksi dari penilaian mandiri ${p.baselineYear} (indeks ${formatIndex(p.baseline)}) dan kegiatan Peta Rencana yang tertaut ke indikator: ` +
    'kegiatan dihitung mulai tahun selesainya, dan tingkat indikator tidak pernah turun. Kolom "Indikator yang naik" memuat nomor indikator (seperti pada tabel penilaian mandiri) dengan tingkat sebelum dan sesudahnya.'
}

/** "3.02 (Baik)": an index as the chapter's sentences write it. */
export function indexWithPredicate(index: number, predicate: string): string {
  return predicate === '–' ? formatIndex(index) : `${formatIndex(index)} (${predicate})`
}

/** The sentence that states the target, the projection and the shortfall, shared by the renderers. */
export function targetSentence(t: TargetSection): string {
  if (t.projected === undefined) return `Target indeks ${formatIndex(t.target)} pada ${t.year}. Belum ada penilaian mandiri untuk memproyeksikan indeks.`
  const head = `Target indeks ${formatIndex(t.target)} pada ${t.year}; proyeksi Peta Rencana untuk ${t.year}: ${formatIndex(t.projected)}.`
  if (t.reached) return `${head} Target tercapai.`
  const rest = t.unreachable
    ? ' Target tidak tercapai walaupun semua indikator mencapai tingkat tertinggi.'
    : (t.steps ? ` Kenaikan tingkat paling sedikit yang mencapainya: ${t.steps}.` : '')
  const moved = t.movable.length > 0 && t.withAllMoved !== undefined
    ? ` Bila semua kegiatan di bawah selesai pada ${t.year}, indeks ${t.year} menjadi ${formatIndex(t.withAllMoved)}.`
    : ''
  return `${head} Kekurangan: ${formatIndex(t.shortfall ?? 0)}.${rest}${moved}`
}

/**
 * Which indicators of the shipped frameworks each architecture hint speaks to. This is
 * Cetakbiru's reading of the indicator names (confidence U), not the ministry's: a hint is
 * evidence for the assessor to weigh, never a score. A framework file of a Pemda's own gets its
 * hints without indicator numbers.
 */
export type HintTopic =
  | 'pusat-data'
  | 'jaringan-intra'
  | 'penghubung-layanan'
  | 'aplikasi-umum'
  | 'manajemen-data'
  | 'keamanan'
  | 'arsitektur'
  | 'peta-rencana'

export const HINT_TOPICS: readonly HintTopic[] = [
  'pusat-data', 'jaringan-intra', 'penghubung-layanan', 'aplikasi-umum', 'manajemen-data', 'keamanan', 'arsitektur', 'peta-rencana',
]

const INDICATORS: Readonly<Record<string, Readonly<Record<HintTopic, readonly number[]>>>> = {
  // 59/2020: the internal policy indicator (1-10) and the implementation indicator of the same subject.
  'spbe-2020': {
    'pusat-data': [5, 16],
    'jaringan-intra': [6, 17],
    'penghubung-layanan': [7, 18],
    'aplikasi-umum': [4, 15],
    'manajemen-data': [3, 23],
    'keamanan': [8, 22, 31],
    'arsitektur': [1, 11],
    'peta-rencana': [2, 12],
  },
  'pemdi-2026': {
    'pusat-data': [14],
    'jaringan-intra': [14],
    'penghubung-layanan': [16, 18],
    'aplikasi-umum': [13],
    'manajemen-data': [5],
    'keamanan': [9, 10],
    'arsitektur': [1],
    'peta-rencana': [1],
  },
}

/** The indicator numbers a topic speaks to in a framework; empty for frameworks without a mapping. */
export function hintIndicators(frameworkId: string, topic: HintTopic): readonly number[] {
  return INDICATORS[frameworkId]?.[topic] ?? []
}

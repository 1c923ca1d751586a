import type { IndexData, IndicatorAssessment } from '../../src/model/project.ts'

/**
 * The example's SPBE index: published totals for 2021 to 2023 (the way a Pemda usually has its
 * past years), a full self-assessment for 2024 with justifications and bukti dukung, kegiatan of
 * the Peta Rencana linked to the indicators they lift, and the Bupati's target of 3.80 in 2027.
 * Fictional, like the rest of the example; levels chosen to be plausible for a kabupaten "Baik".
 */

/** 2024 levels, indicators 1 to 47 of PermenPANRB 59/2020. */
const LEVELS_2024 = [
  3, 2, 2, 3, 2, 2, 2, 3, 2, 3, // kebijakan internal
  3, 2, 3, 2, // perencanaan strategis
  3, 3, 3, 2, // TIK
  3, 3, // penyelenggara
  2, 3, 2, 2, 3, 2, 2, 3, // manajemen
  2, 2, 1, // audit TIK
  4, 4, 4, 4, 4, 4, 3, 3, 4, 4, // administrasi pemerintahan
  4, 3, 4, 4, 3, 3, // layanan publik
]

const NOTES: Readonly<Record<number, Omit<IndicatorAssessment, 'level'>>> = {
  1: {
    justification: 'Perbup Arsitektur SPBE 2020 ada, tetapi belum memuat referensi arsitektur nasional terbaru.',
    evidence: [{ kind: 'document', value: 'Perbup Sukamaju No. 31 Tahun 2020 tentang Arsitektur SPBE' }],
  },
  11: {
    justification: 'Arsitektur SPBE disusun untuk enam domain; belum dievaluasi berkala.',
    evidence: [{ kind: 'document', value: 'Dokumen Arsitektur SPBE Kabupaten Sukamaju 2020-2024' }],
  },
  16: {
    justification: 'Pusat Data Daerah melayani sebagian besar aplikasi OPD; RSUD masih memakai ruang server sendiri.',
    evidence: [{ kind: 'element', value: 'inf-pdd' }, { kind: 'element', value: 'inf-rs-rsud' }],
  },
  18: {
    justification: 'Belum ada sistem penghubung layanan daerah; integrasi masih titik ke titik.',
    evidence: [{ kind: 'url', value: 'https://splp.layanan.go.id' }],
  },
  36: { justification: 'SIASN dan e-Kinerja BKN dipakai seluruh OPD.', evidence: [{ kind: 'element', value: 'apl-ekinerja' }] },
  42: {
    justification: 'SP4N-LAPOR! dipakai, tetapi aplikasi pengaduan milik sendiri masih berjalan di samping.',
    evidence: [{ kind: 'element', value: 'apl-lapor' }, { kind: 'element', value: 'apl-lapor-bupati' }],
  },
}

/** Kegiatan of the generated Peta Rencana (ids as generateRoadmap derives them) and what each is expected to reach. */
const LINKS: readonly (readonly [string, number, number])[] = [
  ['km-perbup-arsitektur', 1, 4],
  ['km-perbup-arsitektur', 2, 4],
  ['km-perbup-arsitektur', 11, 4],
  ['km-perbup-arsitektur', 12, 4],
  ['k-dev-pb-spbe', 14, 3],
  ['k-add-inf-splp', 7, 3],
  ['k-add-inf-splp', 18, 4],
  ['k-dev-inf-pdd', 5, 3],
  ['k-dev-inf-pdd', 16, 4],
  ['k-dev-inf-jip', 6, 3],
  ['k-dev-inf-jip', 17, 4],
  ['k-add-dat-metadata', 23, 3],
  ['k-add-pb-satu-data', 3, 3],
  ['k-add-lay-satu-data', 43, 4],
  ['k-add-kam-sop-insiden', 22, 3],
  ['k-add-kam-audit-spbe', 31, 3],
  ['k-add-kam-audit-spbe', 9, 3],
  ['k-ret-apl-lapor-bupati', 42, 5],
  ['k-ret-apl-simanis', 37, 4],
  ['k-dev-apl-simrs', 45, 4],
]

export function kabupatenContohIndex(): IndexData {
  const indicators: Record<string, IndicatorAssessment> = {}
  LEVELS_2024.forEach((level, i) => {
    indicators[String(i + 1)] = { level, ...NOTES[i + 1] }
  })
  return {
    assessments: [
      { year: 2021, framework: 'spbe-2020', indicators: {}, published: 2.56 },
      { year: 2022, framework: 'spbe-2020', indicators: {}, published: 2.6 },
      { year: 2023, framework: 'spbe-2020', indicators: {}, published: 2.93 },
      { year: 2024, framework: 'spbe-2020', indicators },
    ],
    frameworks: [],
    links: LINKS.map(([activity, indicator, level]) => ({ activity, indicator, level })),
    target: { year: 2027, index: 3.8 },
  }
}

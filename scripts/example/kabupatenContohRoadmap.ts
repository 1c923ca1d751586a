import type { Element, RoadmapInput } from '../../src/model/project.ts'

/**
 * The Peta Rencana inputs of the example: indicative budgets of what the target builds or
 * develops, yearly ceilings tight enough to push some kegiatan later, OPD capacities, one pinned
 * kegiatan and two manual ones. Amounts in Rupiah, of the size a kabupaten APBD carries.
 */

const M = 1_000_000

/** [element id, indicative budget] for the elements added or developed in the target. */
const BUDGETS: readonly (readonly [string, number])[] = [
  ['inf-jip', 2_400 * M], ['inf-pdd', 3_200 * M], ['inf-srv-pdd', 2_600 * M], ['inf-cloud-pdn', 1_200 * M],
  ['inf-drc', 1_800 * M], ['inf-splp', 1_100 * M], ['inf-waf', 650 * M], ['inf-firewall', 450 * M],
  ['inf-san', 850 * M], ['inf-nas-cadangan', 400 * M], ['inf-akses-opd', 900 * M], ['inf-util-cadangan', 120 * M],
  ['apl-sirujuk', 650 * M], ['apl-ebansos', 550 * M], ['apl-sitaru', 700 * M], ['apl-ekir', 380 * M], ['apl-epbb', 600 * M],
  ['apl-mpp-digital', 150 * M], ['apl-simrs', 900 * M], ['apl-simpatda', 480 * M], ['apl-emonev', 300 * M],
  ['apl-satudata', 420 * M], ['apl-simpeg', 350 * M], ['apl-ppdb', 280 * M], ['apl-epuskesmas', 400 * M],
  ['apl-sipaten', 220 * M], ['apl-etpp', 180 * M], ['apl-simda-bmd', 240 * M],
  ['dat-metadata', 150 * M], ['dat-rujukan', 120 * M], ['dat-penerima-bansos', 200 * M],
  ['kam-audit-spbe', 250 * M], ['kam-uji-penetrasi', 300 * M], ['kam-kelaikan', 200 * M], ['kam-enkripsi', 350 * M],
  ['kam-bimtek-pengelola', 150 * M], ['kam-sop-insiden', 80 * M], ['kam-klasifikasi', 90 * M],
]

export function withBudgets(elements: readonly Element[]): Element[] {
  const budgets = new Map(BUDGETS)
  return elements.map((e) => (budgets.has(e.id) ? { ...e, attrs: { ...e.attrs, indicativeBudget: budgets.get(e.id)! } } : e))
}

export const ROADMAP_INPUT: RoadmapInput = {
  budgetCeilings: { '2025': 4_000 * M, '2026': 6_500 * M, '2027': 6_500 * M, '2028': 5_500 * M, '2029': 4_500 * M },
  opdCapacity: { default: 3, 'opd-diskominfo': 10 },
  overrides: {
    // The Bupati committed to the SPLP in the 2026 APBD: pinned.
    'k-add-inf-splp': { pinnedYear: 2026 },
    'k-dev-inf-pdd': { name: 'Peningkatan Pusat Data Daerah menjadi Tier 2', duration: 2 },
  },
  manualActivities: [
    {
      id: 'km-perbup-arsitektur', name: 'Penetapan Peraturan Bupati tentang Arsitektur dan Peta Rencana SPBE', muatan: 'tata-kelola',
      opd: 'opd-diskominfo', relatedOpd: ['opd-bappeda', 'opd-setda'], startYear: 2025, duration: 1, budget: { '2025': 150 * M }, goals: ['iku-indeks-spbe'],
    },
    {
      id: 'km-audit-tik', name: 'Audit Teknologi Informasi dan Komunikasi atas Aplikasi Layanan Publik', muatan: 'audit-tik',
      opd: 'opd-inspektorat', relatedOpd: ['opd-diskominfo'], duration: 1, budget: { '2028': 250 * M }, dependsOn: ['k-dev-apl-simrs'],
    },
  ],
  manualDependencies: [{ from: 'k-add-apl-sitaru', to: 'km-perbup-arsitektur' }],
}

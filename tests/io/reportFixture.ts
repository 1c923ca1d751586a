import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ProjectData, ProjectFile } from '../../src/model/project.ts'

export const EXAMPLE_PATH = join(import.meta.dirname, '..', '..', 'examples', 'kabupaten-contoh.cetakbiru.json')

export function example(): ProjectData {
  const { schemaVersion: _v, ...data } = JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')) as ProjectFile
  return data
}

/** Names a user might type that break naive writers: quotes, markup, formulas, Arabic, emoji. */
export const HOSTILE = {
  script: 'Aplikasi "Kutip" & <script>alert(\'x\')</script>',
  formula: '=HYPERLINK("http://contoh.invalid","klik")',
  arabic: 'نظام المعلومات الإقليمي',
  emoji: 'Layanan Cepat 🚀👩🏽‍💻',
  kegiatan: '+Peningkatan "PDD" <b>Tier 2</b> @sekarang',
  organization: 'Pemerintah Kabupaten <Sukamaju> & "Mitra"',
} as const

/** The example with some elements, a kegiatan and the organisation renamed to HOSTILE strings. */
export function hostileExample(): { data: ProjectData; renamed: Record<keyof typeof HOSTILE, string> } {
  const data = example()
  const names: Record<string, string> = {
    'apl-sirujuk': HOSTILE.script,
    'apl-dapodik': HOSTILE.formula,
    'dat-jalan': HOSTILE.arabic,
  }
  const service = data.elements.find((e) => e.kind === 'layanan-publik')!
  names[service.id] = HOSTILE.emoji
  const roadmap = data.roadmap
  return {
    data: {
      ...data,
      project: { ...data.project, organization: HOSTILE.organization },
      elements: data.elements.map((e) => (names[e.id] ? { ...e, name: names[e.id]! } : e)),
      roadmap: { ...roadmap, overrides: { ...roadmap.overrides, 'k-dev-inf-pdd': { ...roadmap.overrides['k-dev-inf-pdd'], name: HOSTILE.kegiatan } } },
    },
    renamed: { ...HOSTILE },
  }
}

export const REPORT_DATE = new Date(Date.UTC(2026, 10, 23))

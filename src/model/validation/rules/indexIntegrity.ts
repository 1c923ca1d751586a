import { SHIPPED_FRAMEWORK_IDS } from '../../indexFrameworks.ts'
import type { ValidationRule } from '../validationContext.ts'

/**
 * The SPBE index data: records the Y.Doc keys by year, framework id or kegiatan-indicator pair
 * must be unique (two would collapse into one), and an assessment must name a framework that
 * exists. Evidence pointing at a deleted element only warns: the rest of the assessment stands.
 */
export const indexIntegrity: ValidationRule = {
  code: 'index-duplicate',
  run(ctx) {
    const { index } = ctx.data
    const own = new Set<string>()
    index.frameworks.forEach((f, i) => {
      const id = String(f.id)
      const path = `index.frameworks[${i}].id`
      if (SHIPPED_FRAMEWORK_IDS.includes(id)) {
        ctx.report('index-duplicate', 'error', path, `Kerangka "${id}" sudah disertakan Cetakbiru; beri kerangka milik proyek id lain`, `Framework "${id}" ships with Cetakbiru; give the project's own framework another id`)
      } else if (own.has(id)) {
        ctx.report('index-duplicate', 'error', path, `Kerangka "${id}" tercantum dua kali`, `Framework "${id}" is listed twice`)
      }
      own.add(id)
    })
    const years = new Set<number>()
    index.assessments.forEach((a, i) => {
      if (years.has(a.year)) ctx.report('index-duplicate', 'error', `index.assessments[${i}].year`, `Tahun ${a.year} dinilai dua kali`, `Year ${a.year} is assessed twice`)
      years.add(a.year)
      if (!SHIPPED_FRAMEWORK_IDS.includes(a.framework) && !own.has(a.framework)) {
        ctx.report('index-unknown-framework', 'error', `index.assessments[${i}].framework`, `Penilaian ${a.year} memakai kerangka "${a.framework}" yang tidak ada`, `The ${a.year} assessment uses framework "${a.framework}", which does not exist`)
      }
      for (const [n, ind] of Object.entries(a.indicators)) {
        ind.evidence?.forEach((e, j) => {
          if (e.kind === 'element' && !ctx.elements.has(e.value)) {
            ctx.report('index-evidence-missing', 'warning', `index.assessments[${i}].indicators.${n}.evidence[${j}]`, `Bukti dukung indikator ${n} (${a.year}) menunjuk elemen "${e.value}" yang sudah tidak ada`, `Evidence for indicator ${n} (${a.year}) points at element "${e.value}", which no longer exists`)
          }
        })
      }
    })
    const pairs = new Set<string>()
    index.links.forEach((l, i) => {
      const key = `${l.activity}#${l.indicator}`
      if (pairs.has(key)) ctx.report('index-duplicate', 'error', `index.links[${i}]`, `Kegiatan "${l.activity}" ditautkan dua kali ke indikator ${l.indicator}`, `Kegiatan "${l.activity}" is linked twice to indicator ${l.indicator}`)
      pairs.add(key)
    })
  },
}

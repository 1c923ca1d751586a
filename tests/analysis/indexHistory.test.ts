import { describe, expect, it } from 'vitest'
import { builtinFramework } from '../../src/analysis/index/builtinFrameworks.ts'
import { indexHistory } from '../../src/analysis/index/indexHistory.ts'
import { indicatorsOf } from '../../src/analysis/index/framework.ts'

const all = (id: string, level: number): Record<string, number> => Object.fromEntries(indicatorsOf(builtinFramework(id)!).map((i) => [String(i.number), level]))

describe('indexHistory', () => {
  it('published totals and computed years side by side, sorted, each with its predicate and framework', () => {
    const r = indexHistory([
      { year: 2024, framework: 'spbe-2020', published: 3.39 },
      { year: 2021, framework: 'spbe-2020', published: 2.56 },
      { year: 2022, framework: 'spbe-2020', published: 2.6 },
      { year: 2023, framework: 'spbe-2020', published: 2.93 },
      { year: 2026, framework: 'pemdi-2026', levels: all('pemdi-2026', 4), published: 3.9 },
      { year: 2025, framework: 'spbe-2020', levels: all('spbe-2020', 3) },
    ], builtinFramework)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.points.map((p) => [p.year, p.index, p.predicate?.id, p.source, p.framework])).toEqual([
      [2021, 2.56, 'Cukup', 'published', 'spbe-2020'], [2022, 2.6, 'Baik', 'published', 'spbe-2020'],
      [2023, 2.93, 'Baik', 'published', 'spbe-2020'], [2024, 3.39, 'Baik', 'published', 'spbe-2020'],
      [2025, 3, 'Baik', 'computed', 'spbe-2020'], [2026, 4, 'Memuaskan', 'computed', 'pemdi-2026'],
    ])
    // The 2026 levels give 4.00 where 3.90 was published: flagged, not hidden.
    expect(r.points[5]!.differsFromPublished).toBe(3.9)
    expect(r.points[4]!.differsFromPublished).toBeUndefined()
  })

  it('names the year of every problem', () => {
    const r = indexHistory([
      { year: 2021, framework: 'spbe-2020', published: 5.6 },
      { year: 2022, framework: 'spbe-2019', published: 2 },
      { year: 2023, framework: 'spbe-2020' },
      { year: 2023, framework: 'spbe-2020', published: 3 },
      { year: 2024, framework: 'spbe-2020', levels: { 1: 3 } },
    ], builtinFramework)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => [e.year, e.code, e.message.en])).toEqual([
      [2021, 'out-of-range', 'the 2021 index must be 0 to 5'],
      [2022, 'unknown-framework', 'unknown framework "spbe-2019"'],
      [2023, 'nothing-assessed', 'year 2023 has neither levels nor a published index'],
      [2023, 'duplicate-year', 'year 2023 is assessed twice'],
      [2024, 'missing-indicator', expect.stringMatching(/^indicators without a level: 2, 3, /)],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { el, plan } from '../../../tests/fixtures/planFixture.ts'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import {
  BAR_INSET, GROUP_HEIGHT, ROW_HEIGHT, barBox, clampStart, dependencyLines, dependencyPath, ganttRows, muatanKey, rowsHeight, yearsMoved, type GanttScale,
} from './ganttGeometry.ts'

const scale: GanttScale = { firstYear: 2025, lastYear: 2029, yearWidth: 100 }

/** A data centre built first, an application on it the year after, an old application retired. */
function roadmap(pinApp?: number) {
  const data = plan(
    [el('pdd', 'fasilitas-komputasi', 'new'), el('app', 'aplikasi-khusus', 'new', { budget: 500 }), el('old', 'aplikasi-khusus', 'old')],
    [['runs-on', 'app', 'pdd']],
    pinApp === undefined ? {} : { overrides: { 'k-add-app': { pinnedYear: pinApp } } },
  )
  return generateRoadmap(data, { rules: [] }).roadmap
}

describe('gantt geometry', () => {
  it('places a bar from its start year to its end year, inset from the year lines', () => {
    expect(barBox(scale, 2025, 2025)).toEqual({ x: BAR_INSET, width: 100 - 2 * BAR_INSET })
    expect(barBox(scale, 2026, 2027)).toEqual({ x: 100 + BAR_INSET, width: 200 - 2 * BAR_INSET })
    expect(barBox({ ...scale, yearWidth: 180 }, 2029, 2029)).toEqual({ x: 4 * 180 + BAR_INSET, width: 180 - 2 * BAR_INSET })
  })

  it('turns a drag into whole years, and keeps the kegiatan inside the plan period', () => {
    expect(yearsMoved(scale, 30)).toBe(0)
    expect(yearsMoved(scale, 51)).toBe(1)
    expect(yearsMoved(scale, 149)).toBe(1)
    expect(yearsMoved(scale, 151)).toBe(2)
    expect(Object.is(yearsMoved(scale, -20), 0)).toBe(true)
    expect(yearsMoved(scale, -60)).toBe(-1)
    expect(clampStart(scale, 2026, 1, 2)).toBe(2028)
    expect(clampStart(scale, 2026, 1, 9)).toBe(2029)
    expect(clampStart(scale, 2027, 2, 5)).toBe(2028) // a two-year kegiatan ends in 2029 at the latest
    expect(clampStart(scale, 2026, 1, -4)).toBe(2025)
  })

  it('groups rows by muatan and program, in code order, and folds groups', () => {
    const r = roadmap()
    const rows = ganttRows(r, new Set())
    expect(rows.map((x) => (x.kind === 'activity' ? x.activity.id : x.kind === 'program' ? x.program.code : x.key))).toEqual([
      'm:infrastruktur', 'PR.04.01', 'k-add-pdd',
      'm:aplikasi', 'PR.05.01', 'k-add-app', 'PR.05.02', 'k-ret-old',
    ])
    // Rows stack at fixed heights: the arrows need their y without measuring the page.
    expect(rows.map((x) => x.y)).toEqual([0, 30, 60, 90, 120, 150, 180, 210])
    expect(rowsHeight(rows)).toBe(3 * GROUP_HEIGHT + ROW_HEIGHT + 3 * GROUP_HEIGHT + ROW_HEIGHT)
    const aplikasi = rows.find((x) => x.key === 'm:aplikasi')!
    expect(aplikasi.kind === 'muatan' && aplikasi.count).toBe(2)
    expect(aplikasi.kind === 'muatan' && aplikasi.span).toEqual({ start: 2025, end: 2026 })

    const folded = ganttRows(r, new Set([muatanKey('aplikasi')]))
    expect(folded.map((x) => x.key)).toEqual(['m:infrastruktur', 'p-infrastruktur-pembangunan', 'k-add-pdd', 'm:aplikasi'])
    const programFolded = ganttRows(r, new Set(['p-aplikasi-pembangunan']))
    expect(programFolded.some((x) => x.key === 'k-add-app')).toBe(false)
    expect(programFolded.some((x) => x.key === 'k-ret-old')).toBe(true)
  })

  it('draws an arrow from the end of the predecessor to the start of the dependent, for visible rows only', () => {
    const r = roadmap()
    const rows = ganttRows(r, new Set())
    const lines = dependencyLines(rows, scale)
    expect(lines).toEqual([{ from: 'k-add-pdd', to: 'k-add-app', type: 'finish-start', x1: 94, y1: 75, x2: 106, y2: 165 }])
    // It drops from under the end of the data centre's bar, clear of the year line at 100, and runs into the application's bar.
    expect(dependencyPath(lines[0]!)).toBe('M86 85V165H106')
    expect(dependencyPath({ ...lines[0]!, y1: 165, y2: 75 })).toBe('M86 155V75H106')
    expect(dependencyLines(ganttRows(r, new Set(['p-aplikasi-pembangunan'])), scale)).toEqual([])
    expect(dependencyLines(ganttRows(r, new Set([muatanKey('infrastruktur')])), scale)).toEqual([])
  })

  it('routes an arrow back between the rows when the dependent starts before the predecessor ends', () => {
    // Pinned to the same year as the data centre it needs: the arrow must turn back.
    const r = roadmap(2025)
    const lines = dependencyLines(ganttRows(r, new Set()), scale)
    expect(lines).toEqual([{ from: 'k-add-pdd', to: 'k-add-app', type: 'finish-start', x1: 94, y1: 75, x2: 6, y2: 165 }])
    expect(dependencyPath(lines[0]!)).toBe(`M86 85V${165 - ROW_HEIGHT / 2}H-2V165H6`)
    // Starting together, the arrow drops from near the predecessor's start.
    expect(dependencyPath({ ...lines[0]!, type: 'start-start', x1: 6, x2: 106 })).toBe('M14 85V165H106')
  })
})

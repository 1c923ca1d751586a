// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtinFramework } from '../../analysis/index/builtinFrameworks.ts'
import type { HistoryPoint } from '../../analysis/index/indexHistory.ts'
import type { ProjectedYear } from '../../analysis/index/indexProjection.ts'
import { localeStore } from '../i18n/locale.ts'
import { createScreen, type Screen } from '../properties/testDom.ts'
import { IndexChart } from './IndexChart.tsx'

const framework = builtinFramework('spbe-2020')!
const baik = { id: 'Baik', en: 'Good' }
const history: HistoryPoint[] = [
  { year: 2021, framework: 'spbe-2020', index: 2.56, predicate: { id: 'Cukup', en: 'Fair' }, source: 'published' },
  { year: 2022, framework: 'spbe-2020', index: 2.6, predicate: baik, source: 'published' },
  { year: 2023, framework: 'spbe-2020', index: 2.93, predicate: baik, source: 'published' },
  { year: 2024, framework: 'spbe-2020', index: 3.02, predicate: baik, source: 'computed' },
]
const year = (y: number, index: number): ProjectedYear => ({ year: y, index, predicate: baik, raised: [], levels: new Map() })
const projection = [year(2025, 3.24), year(2026, 3.32), year(2027, 3.36), year(2028, 3.43), year(2029, 3.43)]

let screen: Screen
beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  screen = createScreen()
})
afterEach(async () => screen.unmount())

const points = (series: string) => [...screen.container.querySelectorAll<SVGGElement>(`[data-series="${series}"]`)]

describe('IndexChart', () => {
  it('draws a point per history and projection year, labelled with its value, published ones hollow', async () => {
    await screen.render(<IndexChart history={history} projection={projection} target={{ year: 2027, index: 3.8 }} framework={framework} />)
    expect(points('history').map((g) => Number(g.dataset.year))).toEqual([2021, 2022, 2023, 2024])
    expect(points('projection').map((g) => Number(g.dataset.year))).toEqual([2025, 2026, 2027, 2028, 2029])
    expect(points('history').map((g) => g.querySelector('text')!.textContent)).toEqual(['2.56', '2.60', '2.93', '3.02'])
    expect(points('projection').map((g) => g.querySelector('text')!.textContent)).toEqual(['3.24', '3.32', '3.36', '3.43', '3.43'])
    expect(points('history').map((g) => g.classList.contains('index-chart__point--published'))).toEqual([true, true, true, false])
    // Later years sit further right; higher values sit higher (smaller y).
    const xs = [...points('history'), ...points('projection')].map((g) => Number(g.querySelector('circle, rect')!.getAttribute(g.querySelector('circle') ? 'cx' : 'x')))
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    const cy = (g: SVGGElement) => Number(g.querySelector('circle')!.getAttribute('cy'))
    expect(cy(points('history')[3]!)).toBeLessThan(cy(points('history')[0]!))
    // The projection is dashed and starts at the last history point.
    const start = /^M([\d.]+),([\d.]+)/.exec(screen.container.querySelector('.index-chart__line--projection')!.getAttribute('d')!)!
    const last = points('history')[3]!.querySelector('circle')!
    expect(Number(start[1])).toBeCloseTo(Number(last.getAttribute('cx')), 0)
    expect(Number(start[2])).toBeCloseTo(Number(last.getAttribute('cy')), 0)
    expect(points('target')[0]!.textContent).toBe('Target 3.80 (2027)')
    // Every predicate band is named at the right edge.
    const bands = [...screen.container.querySelectorAll('.index-chart__band text')].map((t) => t.textContent)
    expect(bands).toEqual(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan'])
    // The legend names each kind of point.
    expect(screen.container.querySelector('.index-chart__legend')!.textContent).toBe('Indeks dihitung dari tingkatIndeks terbit (hanya nilai total)Proyeksi dari Peta RencanaTarget')
  })

  it('is an image with a summary for screen readers and a hidden table of every value', async () => {
    await screen.render(<IndexChart history={history} projection={projection} target={{ year: 2027, index: 3.8 }} framework={framework} />)
    const svg = screen.container.querySelector('svg.index-chart__svg')!
    expect(svg.getAttribute('role')).toBe('img')
    const label = svg.getAttribute('aria-label')!
    expect(label).toContain('Riwayat: 2021 2.56, 2022 2.60, 2023 2.93, 2024 3.02')
    expect(label).toContain('Proyeksi: 2025 3.24, 2026 3.32, 2027 3.36, 2028 3.43, 2029 3.43')
    expect(label).toContain('Target 3.80 pada 2027')
    const rows = [...screen.container.querySelectorAll('table.visually-hidden tbody tr')].map((r) => [...r.children].map((c) => c.textContent))
    expect(rows).toEqual([
      ['2021', '2.56', 'Cukup', 'Indeks terbit (hanya nilai total)'],
      ['2022', '2.60', 'Baik', 'Indeks terbit (hanya nilai total)'],
      ['2023', '2.93', 'Baik', 'Indeks terbit (hanya nilai total)'],
      ['2024', '3.02', 'Baik', 'Indeks dihitung dari tingkat'],
      ['2025', '3.24', 'Baik', 'Proyeksi dari Peta Rencana'],
      ['2026', '3.32', 'Baik', 'Proyeksi dari Peta Rencana'],
      ['2027', '3.36', 'Baik', 'Proyeksi dari Peta Rencana'],
      ['2028', '3.43', 'Baik', 'Proyeksi dari Peta Rencana'],
      ['2029', '3.43', 'Baik', 'Proyeksi dari Peta Rencana'],
      ['2027', '3.80', 'Sangat Baik', 'Target'],
    ])
  })

  it('draws history alone without a framework on 0..5, and says so when there is nothing to draw', async () => {
    await screen.render(<IndexChart history={history.slice(0, 2)} />)
    expect(points('history')).toHaveLength(2)
    expect(points('projection')).toHaveLength(0)
    expect(screen.container.querySelector('.index-chart__band')).toBeNull()
    expect([...screen.container.querySelectorAll('.index-chart__axes text')].map((t) => t.textContent)).toEqual(['0', '1', '2', '3', '4', '5', '2021', '2022'])
    await screen.render(<IndexChart history={[]} />)
    expect(screen.text()).toBe('Belum ada nilai indeks untuk digambar.')
    expect(screen.container.querySelector('svg')).toBeNull()
  })
})

import ElkBundled from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { ELEMENT_KINDS } from '../../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../../model/metamodel/types.ts'
import { createRandom } from '../../../model/generate/random.ts'
import { LANE_ORDER } from './laneOrder.ts'
import { belowExisting, GRID, layoutFlow, layoutLanes, MAX_ROW, type LayoutItem, type LayoutLink, type Placement } from './viewLayout.ts'

const elk = new ElkBundled()

function overlaps(a: Placement, b: Placement): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function expectSane(placed: readonly Placement[], items: readonly LayoutItem[]): void {
  expect(placed.map((p) => p.id).sort()).toEqual(items.map((i) => i.id).sort())
  for (const p of placed) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y), p.id).toBe(true)
    expect(p.x % GRID, `${p.id} x on the grid`).toBe(0)
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!), `${placed[i]!.id} / ${placed[j]!.id}`).toBe(false)
  }
}

/** A seeded mix of elements over all domains, with random links (some across domains). */
function randomGraph(seed: number, n: number): { items: LayoutItem[]; links: LayoutLink[] } {
  const random = createRandom(seed)
  const items: LayoutItem[] = Array.from({ length: n }, (_, i) => {
    const kind = ELEMENT_KINDS[Math.floor(random.next() * ELEMENT_KINDS.length)]!
    return { id: `e${i}`, domain: kind.domain, w: 180, h: random.next() < 0.2 ? 96 : 64 }
  })
  const links: LayoutLink[] = Array.from({ length: Math.floor(n * 1.3) }, () => ({
    source: `e${Math.floor(random.next() * n)}`,
    target: `e${Math.floor(random.next() * n)}`,
  }))
  return { items, links }
}

describe('flow layout (domain and custom views)', () => {
  it('places connected elements left to right, without overlaps', async () => {
    const items: LayoutItem[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, domain: 'aplikasi', w: 180, h: 64 }))
    const placed = await layoutFlow(elk, items, [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }])
    expectSane(placed, items)
    const x = new Map(placed.map((p) => [p.id, p.x]))
    expect(x.get('a')!).toBeLessThan(x.get('b')!)
    expect(x.get('b')!).toBeLessThan(x.get('c')!)
  })

  it('packs unconnected elements in rows rather than one long column', async () => {
    const items: LayoutItem[] = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, domain: 'data', w: 180, h: 64 }))
    const placed = await layoutFlow(elk, items, [])
    expectSane(placed, items)
    const width = Math.max(...placed.map((p) => p.x + p.w))
    const height = Math.max(...placed.map((p) => p.y + p.h))
    expect(width).toBeGreaterThan(height)
  })

  it('ignores self links, duplicates and links to elements it does not place', async () => {
    const items: LayoutItem[] = [{ id: 'a', domain: 'aplikasi', w: 180, h: 64 }, { id: 'b', domain: 'aplikasi', w: 180, h: 64 }]
    const links = [{ source: 'a', target: 'a' }, { source: 'a', target: 'b' }, { source: 'a', target: 'b' }, { source: 'a', target: 'zz' }]
    expectSane(await layoutFlow(elk, items, links), items)
  })

  it('handles random graphs', async () => {
    for (const seed of [1, 2, 3]) {
      const { items, links } = randomGraph(seed, 60)
      expectSane(await layoutFlow(elk, items, links), items)
    }
  })

  it('returns nothing for nothing', async () => {
    expect(await layoutFlow(elk, [], [])).toEqual([])
  })
})

describe('lane layout (layered views)', () => {
  it('stacks the six domains as horizontal lanes in the SPBE order, without overlaps', async () => {
    for (const seed of [7, 8]) {
      const { items, links } = randomGraph(seed, 80)
      const placed = await layoutLanes(elk, items, links)
      expectSane(placed, items)
      const domainOf = new Map(items.map((i) => [i.id, i.domain]))
      const bands = new Map<DomainId, { top: number; bottom: number }>()
      for (const p of placed) {
        const d = domainOf.get(p.id)!
        const b = bands.get(d)
        bands.set(d, { top: Math.min(b?.top ?? Infinity, p.y), bottom: Math.max(b?.bottom ?? -Infinity, p.y + p.h) })
      }
      const present = LANE_ORDER.filter((d) => bands.has(d))
      expect(present.length).toBeGreaterThan(3)
      for (let i = 1; i < present.length; i++) {
        expect(bands.get(present[i - 1]!)!.bottom, `${present[i - 1]} above ${present[i]}`).toBeLessThan(bands.get(present[i]!)!.top)
      }
    }
  })

  it('keeps lanes wide rather than tall, wrapping long rows', async () => {
    const items: LayoutItem[] = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, domain: 'aplikasi', w: 180, h: 64 }))
    const placed = await layoutLanes(elk, items, [])
    expectSane(placed, items)
    const width = Math.max(...placed.map((p) => p.x + p.w))
    const height = Math.max(...placed.map((p) => p.y + p.h)) - Math.min(...placed.map((p) => p.y))
    expect(width).toBeGreaterThan(2 * height)
    const perRow = new Map<number, number>()
    for (const p of placed) perRow.set(p.y, (perRow.get(p.y) ?? 0) + 1)
    expect(perRow.size).toBe(3)
    expect(Math.max(...perRow.values())).toBeLessThanOrEqual(MAX_ROW)
  })
})

describe('placing new elements below existing ones', () => {
  it('moves the new layout under what the view shows, left-aligned', () => {
    const existing = [{ x: 100, y: 40, h: 64 }, { x: 400, y: 300, h: 64 }]
    const placed: Placement[] = [{ id: 'n', x: 0, y: 0, w: 180, h: 64 }, { id: 'm', x: 232, y: 0, w: 180, h: 64 }]
    const moved = belowExisting(placed, existing)
    expect(moved[0]).toMatchObject({ x: 104, y: 448 })
    expect(moved[1]).toMatchObject({ x: 104 + 232, y: 448 })
    for (const p of moved) expect(p.y).toBeGreaterThan(364)
  })

  it('leaves a layout alone when the view is empty', () => {
    const placed: Placement[] = [{ id: 'n', x: 8, y: 16, w: 180, h: 64 }]
    expect(belowExisting(placed, [])).toEqual(placed)
  })
})

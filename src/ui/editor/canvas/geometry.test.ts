import { describe, expect, it } from 'vitest'
import { popoverPosition } from './ConnectPopover.tsx'
import { borderPoint, edgeGeometry } from './edgeGeometry.ts'
import { laneBands } from './laneBands.ts'

describe('floating edge geometry', () => {
  const box = { x: 0, y: 0, w: 200, h: 100 }

  it('leaves a box through the side facing the other node', () => {
    expect(borderPoint(box, { x: 1000, y: 50 })).toEqual({ x: 200, y: 50 })
    expect(borderPoint(box, { x: 100, y: -500 })).toEqual({ x: 100, y: 0 })
    expect(borderPoint(box, { x: -300, y: 150 })).toEqual({ x: 0, y: 75 })
    expect(borderPoint(box, { x: 100, y: 50 })).toEqual({ x: 100, y: 50 })
  })

  it('draws from border to border with an arrowhead at the target and the label in the middle', () => {
    const g = edgeGeometry(box, { x: 400, y: 0, w: 200, h: 100 })
    expect(g.path).toBe('M 200,50 L 400,50 M 391,54.5 L 400,50 L 391,45.5')
    expect([g.labelX, g.labelY]).toEqual([300, 50])
  })

  it('leaves out the arrowhead when the nodes touch', () => {
    expect(edgeGeometry(box, { x: 204, y: 0, w: 200, h: 100 }).path).toBe('M 200,50 L 204,50')
  })
})

describe('lane bands', () => {
  const node = (domain: 'aplikasi' | 'proses-bisnis', x: number, y: number) => ({ position: { x, y }, width: 180, height: 64, data: { domain } })

  it('spans each domain vertically and the whole view horizontally, in lane order', () => {
    const bands = laneBands([node('aplikasi', 0, 400), node('proses-bisnis', 500, 0), node('aplikasi', 300, 500)])
    expect(bands.map((b) => b.domain)).toEqual(['proses-bisnis', 'aplikasi'])
    const [pb, apl] = bands
    expect(pb!.w).toBe(apl!.w)
    expect(pb!.x).toBeLessThan(0)
    expect(pb!.x + pb!.w).toBeGreaterThan(680)
    expect(apl!.y).toBeLessThan(400)
    expect(apl!.y + apl!.h).toBeGreaterThan(564)
  })

  it('draws nothing for an empty view', () => {
    expect(laneBands([])).toEqual([])
  })
})

describe('connect popover placement', () => {
  const anchor = { left: 400, top: 200, right: 580, bottom: 264 }

  it('goes right of the target node when there is room, else left, else below; always inside', () => {
    expect(popoverPosition(anchor, 320, 200, 1200, 800)).toEqual({ left: 592, top: 200 })
    expect(popoverPosition(anchor, 320, 200, 800, 800)).toEqual({ left: 68, top: 200 })
    expect(popoverPosition({ left: 100, top: 200, right: 280, bottom: 264 }, 320, 200, 500, 800)).toEqual({ left: 100, top: 276 })
    expect(popoverPosition({ ...anchor, top: 700, bottom: 764 }, 320, 200, 1200, 800)).toEqual({ left: 592, top: 592 })
  })
})

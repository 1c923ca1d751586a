// @vitest-environment happy-dom
import { ReactFlowProvider, useStoreApi } from '@xyflow/react'
import { act, useRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { createScreen, type Screen } from '../../properties/testDom.ts'
import { levelOfDetail, levelOfDetailClasses, useLevelOfDetail, type LevelOfDetailState } from './levelOfDetail.ts'

describe('levelOfDetail', () => {
  it('draws everything from 0.7, hides relation verbs below it and shows an overview below 0.4', () => {
    expect([2, 0.7, 0.69, 0.4, 0.39, 0.1].map(levelOfDetail)).toEqual(['near', 'near', 'far', 'far', 'overview', 'overview'])
    expect(levelOfDetailClasses('near')).toBe('')
    expect(levelOfDetailClasses('far')).toBe('is-far')
    expect(levelOfDetailClasses('overview')).toBe('is-far is-overview')
  })
})

describe('useLevelOfDetail', () => {
  let screen: Screen
  afterEach(async () => screen.unmount())

  /** Renders the hook inside React Flow's store; `zoom` sets the viewport's zoom as a wheel would. */
  async function probe() {
    const seen: { state?: LevelOfDetailState; wrapper?: HTMLDivElement; zoom?: (z: number) => void } = {}
    function Probe() {
      const wrapper = useRef<HTMLDivElement>(null)
      const store = useStoreApi()
      seen.state = useLevelOfDetail(wrapper)
      seen.zoom = (z) => store.setState({ transform: [0, 0, z] })
      return <div ref={(el) => { wrapper.current = el; seen.wrapper = el ?? undefined }} />
    }
    screen = createScreen()
    await screen.render(<ReactFlowProvider><Probe /></ReactFlowProvider>)
    return {
      level: () => seen.state!.level,
      wrapper: () => seen.wrapper!,
      zoom: (z: number) => act(async () => seen.zoom!(z)),
      start: () => act(async () => seen.state!.onMoveStart()),
      end: () => act(async () => seen.state!.onMoveEnd()),
    }
  }

  it('follows the zoom while the viewport is still', async () => {
    const p = await probe()
    expect(p.level()).toBe('near') // React Flow starts at zoom 1
    await p.zoom(0.5)
    expect(p.level()).toBe('far')
    await p.zoom(0.2)
    expect(p.level()).toBe('overview')
  })

  it('keeps its level while the viewport moves and takes the new one when it stops', async () => {
    const p = await probe()
    await p.start()
    expect(p.wrapper().hasAttribute('data-moving')).toBe(true)
    await p.zoom(0.5)
    await p.zoom(0.2)
    expect(p.level()).toBe('near')
    await p.end()
    expect(p.wrapper().hasAttribute('data-moving')).toBe(false)
    expect(p.level()).toBe('overview')
    // A move that ends where it started changes nothing.
    await p.start()
    await p.zoom(1.5)
    await p.zoom(0.3)
    await p.end()
    expect(p.level()).toBe('overview')
  })
})

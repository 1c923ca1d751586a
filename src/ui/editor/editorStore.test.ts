import { describe, expect, it } from 'vitest'
import type { View } from '../../model/project.ts'
import { translator } from '../i18n/translate.ts'
import { createEditorStore, orderViews, selectView, setSelection } from './editorStore.ts'
import { stateLabel } from './toolbar/stateLabel.ts'

const view = (id: string, layout: View['layout'], name: string, domain?: string): View => ({ id, name, layout, nodes: [], ...(domain ? { domain } : {}) })

describe('editor UI state', () => {
  const views = new Map(
    [
      view('c2', 'custom', 'Zonasi'),
      view('d-apl', 'domain', 'Domain Aplikasi', 'aplikasi'),
      view('lay', 'layered', 'Lintas'),
      view('c1', 'custom', 'Anggaran'),
      view('d-pb', 'domain', 'Domain Proses Bisnis', 'proses-bisnis'),
      view('d-data', 'domain', 'Domain Data', 'data'),
    ].map((v) => [v.id, v]),
  )
  const states = [
    { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' as const },
    { id: 'target', name: 'Kondisi Target', role: 'target' as const, year: 2029 },
  ]

  it('orders tabs: domain views in domain order, then layered, then custom by name', () => {
    expect(orderViews(views).map((v) => v.id)).toEqual(['d-pb', 'd-data', 'd-apl', 'lay', 'c1', 'c2'])
  })

  it('opens on the first view, in the as-is, comparing as-is with target', () => {
    const ui = createEditorStore(states, views)
    expect(ui.getState()).toMatchObject({ viewId: 'd-pb', stateId: 'asis', gap: { on: false, from: 'asis', to: 'target' } })
  })

  it('clears the selection when another view is shown', () => {
    const ui = createEditorStore(states, views)
    setSelection(ui, { nodes: new Set(['a']) })
    selectView(ui, 'd-pb')
    expect(ui.getState().selection.nodes.size).toBe(1)
    selectView(ui, 'lay')
    expect(ui.getState().selection.nodes.size).toBe(0)
  })

  it('names states in the UI language unless the user named them', () => {
    expect(stateLabel(states[0]!, translator('en'))).toBe('Current state')
    expect(stateLabel(states[1]!, translator('id'))).toBe('Kondisi Target (2029)')
    expect(stateLabel({ id: 's', name: 'Akhir 2027', role: 'intermediate', year: 2027 }, translator('en'))).toBe('Akhir 2027')
  })
})

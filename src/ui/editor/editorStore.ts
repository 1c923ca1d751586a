import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Message } from '../../model/message.ts'
import type { State, View } from '../../model/project.ts'

/**
 * The editor's own UI state (which view and state are shown, the selection, open dialogs). It
 * is local to one browser tab and never written to the project; components subscribe to the
 * slices they show, so selecting one node re-renders that node and the panels, not the page.
 */
export interface EditorUiState {
  readonly viewId?: string
  readonly stateId: string
  readonly gap: GapSettings
  readonly selection: Selection
  readonly dialog?: EditorDialog
  readonly notice?: Notice
  /** Elements the canvas should frame once it shows `viewId` (see focusElements). */
  readonly frame?: FrameRequest
  /** Which tab of the right column is open. */
  readonly panelTab: PanelTab
}

export type PanelTab = 'properties' | 'gap'

export interface FrameRequest {
  readonly viewId: string
  readonly elementIds: readonly string[]
  readonly seq: number
}

export interface GapSettings {
  readonly on: boolean
  readonly from: string
  readonly to: string
}

export interface Selection {
  readonly nodes: ReadonlySet<string>
  readonly edges: ReadonlySet<string>
}

/** A box on screen, in pixels relative to the canvas (what a popover is placed beside). */
export interface CanvasBox {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export type EditorDialog =
  | { readonly type: 'connect'; readonly source: string; readonly target: string; readonly anchor: CanvasBox }
  | { readonly type: 'delete'; readonly elementIds: readonly string[] }

/** A short message over the canvas: a refused command, or what just happened. */
export interface Notice {
  readonly id: number
  readonly tone: 'error' | 'info'
  /** Both languages, so switching the language also switches a notice already shown. */
  readonly text: Message
}

export type EditorStore = StoreApi<EditorUiState>

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() }

export function createEditorStore(states: readonly State[], views: ReadonlyMap<string, View>): EditorStore {
  const asis = states.find((s) => s.role === 'asis') ?? states[0]
  const target = states.find((s) => s.role === 'target') ?? states.at(-1)
  return createStore<EditorUiState>()(() => ({
    viewId: orderViews(views)[0]?.id,
    stateId: asis?.id ?? '',
    gap: { on: false, from: asis?.id ?? '', to: target?.id ?? '' },
    selection: EMPTY_SELECTION,
    panelTab: 'properties',
  }))
}

const LAYOUT_RANK: Readonly<Record<View['layout'], number>> = { domain: 0, layered: 1, custom: 2 }
const DOMAIN_RANK = new Map(['proses-bisnis', 'data', 'layanan', 'aplikasi', 'infrastruktur', 'keamanan'].map((d, i) => [d, i]))

/** Tabs order: domain views in domain order, then layered views, then custom views by name. */
export function orderViews(views: ReadonlyMap<string, View>): View[] {
  return [...views.values()].sort(
    (a, b) =>
      LAYOUT_RANK[a.layout] - LAYOUT_RANK[b.layout] ||
      (DOMAIN_RANK.get(a.domain ?? '') ?? 99) - (DOMAIN_RANK.get(b.domain ?? '') ?? 99) ||
      a.name.localeCompare(b.name, 'id') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

export function selectView(ui: EditorStore, viewId: string): void {
  if (ui.getState().viewId === viewId) return
  ui.setState({ viewId, selection: EMPTY_SELECTION, dialog: undefined })
}

export function selectState(ui: EditorStore, stateId: string): void {
  ui.setState({ stateId, dialog: undefined })
}

export function setGap(ui: EditorStore, gap: Partial<GapSettings>): void {
  ui.setState((s) => ({ gap: { ...s.gap, ...gap } }))
}

export function setSelection(ui: EditorStore, selection: Partial<Selection>): void {
  ui.setState((s) => {
    const next = { nodes: selection.nodes ?? s.selection.nodes, edges: selection.edges ?? s.selection.edges }
    return next.nodes.size === 0 && next.edges.size === 0 ? { selection: EMPTY_SELECTION } : { selection: next }
  })
}

export function selectOnly(ui: EditorStore, elementIds: readonly string[]): void {
  setSelection(ui, { nodes: new Set(elementIds), edges: new Set() })
}

export function clearSelection(ui: EditorStore): void {
  if (ui.getState().selection !== EMPTY_SELECTION) ui.setState({ selection: EMPTY_SELECTION })
}

export function openDialog(ui: EditorStore, dialog: EditorDialog): void {
  ui.setState({ dialog })
}

export function closeDialog(ui: EditorStore): void {
  if (ui.getState().dialog) ui.setState({ dialog: undefined })
}

let noticeSeq = 0

export function notify(ui: EditorStore, tone: Notice['tone'], text: Notice['text']): void {
  ui.setState({ notice: { id: ++noticeSeq, tone, text } })
}

export function dismissNotice(ui: EditorStore, id?: number): void {
  const current = ui.getState().notice
  if (current && (id === undefined || current.id === id)) ui.setState({ notice: undefined })
}

let frameSeq = 0

/** Asks the canvas to frame these elements once it shows `viewId`. */
export function requestFrame(ui: EditorStore, viewId: string, elementIds: readonly string[]): void {
  ui.setState({ frame: { viewId, elementIds, seq: ++frameSeq } })
}

export function clearFrame(ui: EditorStore, seq: number): void {
  if (ui.getState().frame?.seq === seq) ui.setState({ frame: undefined })
}

export function setPanelTab(ui: EditorStore, panelTab: PanelTab): void {
  ui.setState({ panelTab })
}

import '@xyflow/react/dist/style.css'
import { ReactFlowProvider } from '@xyflow/react'
import { useEffect, useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import type { StoreApi } from 'zustand/vanilla'
import { localOrigin } from '../../model/origin.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { focusElements } from './actions/focusElements.ts'
import { EditorCanvas } from './canvas/EditorCanvas.tsx'
import { useEditorClipboard } from './clipboard/useEditorClipboard.ts'
import { EditorEnvContext } from './EditorContext.tsx'
import type { EditorEnv } from './editorEnv.ts'
import type { FocusRequest } from './focusRequest.ts'
import { createEditorStore, orderViews, selectState, selectView } from './editorStore.ts'
import { Palette } from './palette/Palette.tsx'
import { RightPanel, type RightPanelRenderer } from './RightPanel.tsx'
import { EditorToolbar } from './toolbar/EditorToolbar.tsx'
import { useEditorKeyboard } from './useEditorKeyboard.ts'
import { useUserUndo } from './useUserUndo.ts'

export interface EditorPageProps {
  readonly doc: Y.Doc
  readonly store: StoreApi<ProjectionState>
  /** Whose edits this tab makes: undo takes back only this user's changes. */
  readonly userId: string
  /** The properties panel for the selection, mounted in the right column. */
  readonly rightPanel?: RightPanelRenderer
  /** Elements to show: a new request (new nonce) switches view, selects and frames them. */
  readonly focus?: FocusRequest | undefined
}

/**
 * The diagram editor of one project: view tabs, state switcher and gap overlay on top, the
 * palette on the left, the canvas in the middle and the properties panel on the right. It reads
 * the projection and writes only through the model commands, as the local user.
 */
export function EditorPage({ doc, store, userId, rightPanel, focus }: EditorPageProps) {
  const readOnly = useReadOnly()
  const env = useMemo<EditorEnv>(() => {
    const s = store.getState()
    return { doc, store, ui: createEditorStore(s.states, s.views), ctx: { doc, origin: localOrigin(userId) }, history: {}, readOnly }
  }, [doc, store, userId, readOnly])
  const undoManager = useUserUndo(env, userId)
  return <EditorWorkspace env={env} undoManager={undoManager} rightPanel={rightPanel} focus={focus} />
}

export interface EditorWorkspaceProps {
  readonly env: EditorEnv
  readonly undoManager: Y.UndoManager | undefined
  readonly rightPanel?: RightPanelRenderer | undefined
  readonly focus?: FocusRequest | undefined
}

/** The editor's screen for a given environment (EditorPage makes one; tests bring their own). */
export function EditorWorkspace({ env, undoManager, rightPanel, focus }: EditorWorkspaceProps) {
  const t = useT()
  useEditorKeyboard(env)
  useEditorClipboard(env)
  useKeepChoicesValid(env)
  useFocusRequest(env, focus)

  return (
    <EditorEnvContext value={env}>
      <ReactFlowProvider>
        <div className="editor" role="region" aria-label={t('editor.region')} data-readonly={env.readOnly || undefined}>
          <EditorToolbar undoManager={undoManager} />
          <Palette />
          <main className="editor__canvas" id="editor-canvas-panel" role="tabpanel">
            <EditorCanvas />
          </main>
          <RightPanel render={rightPanel} />
        </div>
      </ReactFlowProvider>
    </EditorEnvContext>
  )
}

/** Carries out each new focus request once (its nonce tells a new request from a re-render). */
function useFocusRequest(env: EditorEnv, focus: FocusRequest | undefined): void {
  const done = useRef<number | undefined>(undefined)
  useEffect(() => {
    if (!focus || done.current === focus.nonce) return
    done.current = focus.nonce
    focusElements(env, focus.elementIds, { viewId: focus.viewId })
  }, [env, focus])
}

/**
 * The shown view and state must exist: when a colleague deletes the view on screen, or a view
 * appears in a project that had none, the editor moves to the first view; likewise for states.
 */
function useKeepChoicesValid(env: EditorEnv): void {
  useEffect(() => {
    const check = (s: ProjectionState): void => {
      const { viewId, stateId, gap } = env.ui.getState()
      if (!viewId || !s.views.has(viewId)) {
        const first = orderViews(s.views)[0]
        if (first) selectView(env.ui, first.id)
        else if (viewId) env.ui.setState({ viewId: undefined })
      }
      const ids = new Set(s.states.map((st) => st.id))
      const asis = s.states.find((st) => st.role === 'asis') ?? s.states[0]
      const target = s.states.find((st) => st.role === 'target') ?? s.states.at(-1)
      if (!ids.has(stateId) && asis) selectState(env.ui, asis.id)
      if ((!ids.has(gap.from) || !ids.has(gap.to)) && asis && target) env.ui.setState({ gap: { ...gap, from: asis.id, to: target.id } })
    }
    check(env.store.getState())
    return env.store.subscribe((s, prev) => {
      if (s.views !== prev.views || s.states !== prev.states) check(s)
    })
  }, [env])
}

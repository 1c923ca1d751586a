import { useEffect } from 'react'
import { requestDelete } from './actions/deleteSelection.ts'
import { redo, undo } from './actions/history.ts'
import { duplicateSelection } from './actions/duplicateSelection.ts'
import { nudgeSelection } from './actions/moveElements.ts'
import type { EditorEnv } from './editorEnv.ts'
import { clearSelection, closeDialog, setSelection } from './editorStore.ts'
import { isCanvasSide, isEditable } from './keyTargets.ts'

const NUDGE = 8
const NUDGE_FAST = 32
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

/**
 * The editor's keyboard: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, Delete and Backspace, Escape, arrow
 * nudging, Ctrl+A and Ctrl+D (Ctrl+C and Ctrl+V come as clipboard events: useEditorClipboard). Listens on the document so the keys work wherever focus is in the page,
 * except in form fields and, for the destructive keys, inside the right panel and dialogs.
 */
export function useEditorKeyboard(env: EditorEnv): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (isEditable(event.target)) return
      const target = event.target instanceof Element ? event.target : null
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault()
        if (key === 'y' || event.shiftKey) redo(env)
        else undo(env)
        return
      }
      if (event.key === 'Escape') {
        if (env.ui.getState().dialog) closeDialog(env.ui)
        else clearSelection(env.ui)
        return
      }
      // Keys that change the selection or the diagram act only on the canvas side of the editor.
      if (!isCanvasSide(event.target)) return
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault()
        requestDelete(env)
        return
      }
      if (mod && !event.altKey && !event.shiftKey && key === 'd') {
        // Also keeps the browser from bookmarking the page.
        event.preventDefault()
        duplicateSelection(env)
        return
      }
      if (mod && key === 'a') {
        const { viewId } = env.ui.getState()
        const view = viewId ? env.store.getState().views.get(viewId) : undefined
        if (!view) return
        event.preventDefault()
        setSelection(env.ui, { nodes: new Set(view.nodes.map((n) => n.element)), edges: new Set() })
        return
      }
      const arrow = ARROWS[event.key]
      // React Flow moves a focused selected node itself (and says so with preventDefault).
      if (arrow && !event.defaultPrevented && !mod && env.ui.getState().selection.nodes.size > 0) {
        if (target?.closest('.editor-toolbar, .editor-palette')) return
        event.preventDefault()
        const step = event.shiftKey ? NUDGE_FAST : NUDGE
        nudgeSelection(env, arrow[0] * step, arrow[1] * step)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [env])
}

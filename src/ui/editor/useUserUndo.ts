import { useEffect, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createUserUndo } from '../../sync/userUndo.ts'
import type { EditorEnv } from './editorEnv.ts'

/** The local user's undo manager for the editor's lifetime (destroyed on unmount). */
export function useUserUndo(env: EditorEnv, userId: string): Y.UndoManager | undefined {
  const [manager, setManager] = useState<Y.UndoManager>()
  useEffect(() => {
    const m = createUserUndo(env.doc, userId)
    env.history.current = m
    setManager(m)
    return () => {
      if (env.history.current === m) env.history.current = undefined
      m.destroy()
    }
  }, [env, userId])
  return manager
}

const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared', 'stack-item-updated'] as const

/** Whether undo and redo are possible now, as "ur" flags, re-rendering only when they change. */
export function useUndoAvailability(manager: Y.UndoManager | undefined): { readonly canUndo: boolean; readonly canRedo: boolean } {
  const flags = useSyncExternalStore(
    (onChange) => {
      if (!manager) return () => {}
      for (const e of EVENTS) manager.on(e, onChange)
      return () => {
        for (const e of EVENTS) manager.off(e, onChange)
      }
    },
    () => (manager ? `${manager.canUndo() ? 'u' : ''}${manager.canRedo() ? 'r' : ''}` : ''),
  )
  return { canUndo: flags.includes('u'), canRedo: flags.includes('r') }
}

import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import type { EditorEnv } from './editorEnv.ts'
import type { EditorUiState } from './editorStore.ts'

export const EditorEnvContext = createContext<EditorEnv | null>(null)

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorEnvContext)
  if (!env) throw new Error('editor components must be inside <EditorPage>')
  return env
}

/** A slice of the editor's UI state; the component re-renders when that slice changes. */
export function useUi<T>(selector: (s: EditorUiState) => T): T {
  return useStore(useEditorEnv().ui, selector)
}

/** A slice of the project projection; select small, identity-stable values. */
export function useProjection<T>(selector: (s: ProjectionState) => T): T {
  return useStore(useEditorEnv().store, selector)
}

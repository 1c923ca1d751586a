import { useEffect } from 'react'
import type { EditorEnv } from '../editorEnv.ts'
import { handleCopyEvent, handlePasteEvent } from './editorClipboard.ts'

/** Listens for the browser's copy and paste events while the editor is mounted. */
export function useEditorClipboard(env: EditorEnv): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent): void => handleCopyEvent(env, event)
    const onPaste = (event: ClipboardEvent): void => handlePasteEvent(env, event)
    document.addEventListener('copy', onCopy)
    document.addEventListener('paste', onPaste)
    return () => {
      document.removeEventListener('copy', onCopy)
      document.removeEventListener('paste', onPaste)
    }
  }, [env])
}

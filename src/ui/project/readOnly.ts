import { createContext, useContext } from 'react'

/**
 * Whether the opened project may be changed from this tab: true for a viewer of a server project
 * (the server drops a viewer's writes anyway; this keeps the UI from offering them). Components
 * that write read it with useReadOnly() and disable their controls; actions check it too.
 */
export const ReadOnlyContext = createContext(false)

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext)
}

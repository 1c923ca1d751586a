import { useEffect } from 'react'

/** Ctrl+K, or Cmd+K on a Mac: the shortcut that opens the search palette. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'
}

/**
 * Opens the search palette on Ctrl+K / Cmd+K anywhere in the page, even from a text field (it is
 * the one shortcut meant to work everywhere), and keeps the browser from taking the key for its
 * own search bar.
 */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isSearchShortcut(event)) return
      event.preventDefault()
      open()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])
}

/** How the shortcut is written for this machine. */
export function searchShortcutLabel(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform
  return /Mac|iPhone|iPad/.test(platform) ? '⌘K' : 'Ctrl+K'
}

import { useCallback, useMemo, useRef, useState } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { localeStore, useLocale, useT } from '../i18n/locale.ts'
import { navigate } from '../shell/hashRoute.ts'
import { SearchButton } from './SearchButton.tsx'
import { SearchPalette } from './SearchPalette.tsx'
import { useSearchShortcut } from './useSearchShortcut.ts'
import { workspaceCommands, type WorkspaceSection } from './workspaceCommands.ts'

export interface WorkspaceSearchProps {
  readonly store: StoreApi<ProjectionState>
  readonly section: WorkspaceSection
  readonly showSection: (section: WorkspaceSection) => void
  readonly onElement: (elementId: string) => void
  readonly onView: (viewId: string) => void
}

/**
 * The search palette of an opened project: its button for the tab bar, Ctrl+K / Cmd+K anywhere,
 * and the dialog itself. Closing gives focus back to where it was before the palette opened.
 */
export function WorkspaceSearch({ store, section, showSection, onElement, onView }: WorkspaceSearchProps) {
  const t = useT()
  const locale = useLocale()
  const setLocale = useStore(localeStore, (s) => s.setLocale)
  const [open, setOpen] = useState(false)
  const returnTo = useRef<HTMLElement | null>(null)

  const openPalette = useCallback(() => {
    setOpen((wasOpen) => {
      if (!wasOpen) returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      return true
    })
  }, [])
  useSearchShortcut(openPalette)

  const close = useCallback(() => {
    setOpen(false)
    const back = returnTo.current
    returnTo.current = null
    if (back?.isConnected) back.focus({ preventScroll: true })
  }, [])

  const commands = useMemo(
    () => workspaceCommands(t, { section, showSection, locale, setLocale, toProjectList: () => navigate({ page: 'projects' }) }),
    [t, section, showSection, locale, setLocale],
  )

  return (
    <>
      <SearchButton onClick={openPalette} expanded={open} />
      {open && <SearchPalette store={store} commands={commands} onElement={onElement} onView={onView} onClose={close} />}
    </>
  )
}

import { useMemo } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { DEFAULT_LOCALE, isLocale, translator, type Locale, type Translate } from './translate.ts'

/**
 * The UI language: a local preference, kept in localStorage (not in the project's Y.Doc,
 * since each person in a workshop may read the same model in their own language).
 */
export interface LocaleState {
  readonly locale: Locale
  setLocale(locale: Locale): void
}

export const LOCALE_STORAGE_KEY = 'cetakbiru.locale'

/** localStorage may be missing (tests, Node) or throw (storage disabled by policy): then the choice lasts the session. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined
  } catch {
    return undefined
  }
}

function readStoredLocale(): Locale {
  try {
    const value = storage()?.getItem(LOCALE_STORAGE_KEY)
    return isLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export const localeStore = createStore<LocaleState>()((set) => ({
  locale: readStoredLocale(),
  setLocale(locale) {
    try {
      storage()?.setItem(LOCALE_STORAGE_KEY, locale)
    } catch {
      // Storage full or disabled: the choice still applies until the page is closed.
    }
    set({ locale })
  },
}))

export function useLocale(): Locale {
  return useStore(localeStore, (s) => s.locale)
}

/** `t` for the current locale; components re-render when the language changes. */
export function useT(): Translate {
  const locale = useLocale()
  return useMemo(() => translator(locale), [locale])
}

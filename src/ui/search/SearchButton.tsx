import './search.css'
import { useT } from '../i18n/locale.ts'
import { searchShortcutLabel } from './useSearchShortcut.ts'

/** "Cari (Ctrl+K)" in the workspace's tab bar: the palette for people who do not know the shortcut. */
export function SearchButton({ onClick, expanded }: { readonly onClick: () => void; readonly expanded: boolean }) {
  const t = useT()
  const shortcut = searchShortcutLabel()
  return (
    <button
      type="button"
      className="search-button"
      onClick={onClick}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-keyshortcuts="Control+K Meta+K"
      title={t('search.openTitle', { shortcut })}
    >
      <span className="search-button__glass" aria-hidden="true" />
      <span>{t('search.open')}</span>
      <kbd className="search-button__key">{shortcut}</kbd>
    </button>
  )
}

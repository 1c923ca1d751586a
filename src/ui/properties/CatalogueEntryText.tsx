import type { CatalogueEntry } from '../../model/reference/catalogue.ts'
import { useT } from '../i18n/locale.ts'

/**
 * Same test as validation's low-confidence finding: the national data only inferred the code,
 * or nobody confirmed it. Local extensions are the Pemda's own and are not flagged.
 */
export function isUnconfirmed(entry: CatalogueEntry): boolean {
  return !entry.local && (entry.codeInferred === true || entry.confidence === 'U')
}

/** A catalogue entry as one line: code, name, confidence (explained on hover) and warnings. */
export function CatalogueEntryText({ entry }: { readonly entry: CatalogueEntry }) {
  const t = useT()
  return (
    <span className="cat-entry">
      <code className="cat-entry__code">{entry.code}</code>
      <span className="cat-entry__name">{entry.name}</span>
      <abbr className="cat-conf" data-confidence={entry.confidence} title={t(`properties.confidence.${entry.confidence}`)}>
        {entry.confidence}
      </abbr>
      {isUnconfirmed(entry) && (
        <span className="cat-badge" data-badge="unconfirmed" title={t('properties.picker.unconfirmedHelp')}>
          {t('properties.picker.unconfirmed')}
        </span>
      )}
      {entry.local && (
        <span className="cat-badge" data-badge="local" title={t('properties.picker.localHelp')}>
          {t('properties.picker.local')}
        </span>
      )}
    </span>
  )
}

import { DOMAINS } from '../../../model/metamodel/metamodel.ts'
import type { View } from '../../../model/project.ts'
import { LOCALES, localized, translate, type Locale } from '../../i18n/translate.ts'

/**
 * The name of a view on its tab. A domain view still carrying its default name ("Domain
 * Aplikasi", as the example and "create per-domain views" name them) shows just the domain, in
 * the UI language: shorter tabs, and English readers see English. A name the user chose is kept.
 */
export function viewLabel(view: View, locale: Locale): string {
  const domain = view.layout === 'domain' ? DOMAINS.find((d) => d.id === view.domain) : undefined
  if (!domain) return view.name
  const defaults = LOCALES.map((l) => translate(l, 'editor.domainViewName', { domain: localized(domain.label, l) }))
  return defaults.includes(view.name) ? localized(domain.label, locale) : view.name
}

import type { Domain, ElementKind } from '../../model/metamodel/types.ts'
import type { Element } from '../../model/project.ts'
import { useLocale } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'

export interface ElementHeadingProps {
  readonly id: string
  readonly element: Element
  readonly kind: ElementKind
  readonly domain: Domain
}

/** The element's name under its domain and kind, in the domain's colour. */
export function ElementHeading({ id, element, kind, domain }: ElementHeadingProps) {
  const locale = useLocale()
  const domainLabel = localized(domain.label, locale)
  const kindLabel = localized(kind.label, locale)
  return (
    <header className="props__head">
      <p className="props__kind" title={localized(kind.description, locale)}>
        <span className="props__swatch" aria-hidden="true" />
        <span>{domainLabel}</span>
        {/* "Data dan Informasi · Data dan Informasi" says nothing twice. */}
        {kindLabel.toLowerCase() !== domainLabel.toLowerCase() && (
          <>
            <span aria-hidden="true">·</span>
            <span className="props__kind-name">{kindLabel}</span>
          </>
        )}
      </p>
      <h2 id={id} className="props__name">
        {element.name}
        {element.code && <code className="props__code">{element.code}</code>}
      </h2>
    </header>
  )
}

import { useId, useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { elementOrigin } from '../../io/archimate/elementOrigin.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import './elementOrigin.css'

/**
 * "Dari ArchiMate": what the import of an ArchiMate exchange file or Archi CSV set kept of the
 * element beyond the SPBE model (its original type, specialization and foreign properties),
 * read only, since export gives it back as the file had it. Nothing for an element of the
 * project's own.
 */
export function ElementOriginSection({ store, elementId }: { readonly store: StoreApi<ProjectionState>; readonly elementId: string }) {
  const t = useT()
  const headingId = useId()
  // The interop data changes only on an import, so the section does not follow other edits.
  const interop = useStore(store, (s) => s.interop)
  const origin = useMemo(() => elementOrigin(interop, elementId), [interop, elementId])
  if (!origin) return null
  return (
    <section className="props__section props-origin" aria-labelledby={headingId} data-testid="element-origin">
      <h3 id={headingId} className="props__section-title">{t('interop.panel.heading')}</h3>
      <p className="props-origin__intro">{t('interop.panel.intro')}</p>
      <dl className="props-origin__list">
        {origin.type !== undefined && (
          <div className="props-origin__row">
            <dt>{t('interop.panel.type')}</dt>
            <dd className="props-origin__type">{origin.type}</dd>
          </div>
        )}
        {origin.specialization !== undefined && (
          <div className="props-origin__row">
            <dt>{t('interop.panel.specialization')}</dt>
            <dd>{origin.specialization}</dd>
          </div>
        )}
      </dl>
      {origin.properties.length > 0
        ? (
          <>
            <h4 className="props-origin__subtitle">{t('interop.panel.properties')}</h4>
            <dl className="props-origin__list">
              {origin.properties.map((p, i) => (
                <div key={`${p.name}\u0000${i}`} className="props-origin__row">
                  <dt>{p.name}</dt>
                  <dd>{p.value === '' ? <span className="props-origin__empty">{t('interop.panel.value.empty')}</span> : p.value}</dd>
                </div>
              ))}
            </dl>
          </>
        )
        : <p className="props-origin__intro">{t('interop.panel.noProperties')}</p>}
    </section>
  )
}

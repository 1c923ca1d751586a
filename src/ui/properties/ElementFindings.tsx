import { useMemo } from 'react'
import type { StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import type { Severity } from '../../model/validation/finding.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useElementFindings } from './useElementFindings.ts'

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/** The validation findings about the selected element, most severe first; nothing when clean. */
export function ElementFindings({ store, elementId }: { readonly store: StoreApi<ProjectionState>; readonly elementId: string }) {
  const t = useT()
  const locale = useLocale()
  const findings = useElementFindings(store, elementId)
  const sorted = useMemo(() => [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]), [findings])
  if (sorted.length === 0) return null
  return (
    <ul className="props-findings" aria-label={t('properties.findings')}>
      {sorted.map((f, i) => (
        <li key={`${f.rule}:${f.path}:${i}`} className="props-finding" data-severity={f.severity} data-rule={f.rule}>
          <span className="severity-badge" data-severity={f.severity}>
            {t(`severity.${f.severity}`)}
          </span>
          <span className="props-finding__message">{localized(f.message, locale)}</span>
        </li>
      ))}
    </ul>
  )
}

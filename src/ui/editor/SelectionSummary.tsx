import { elementKind } from '../../model/metamodel/metamodel.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useProjection } from './EditorContext.tsx'
import { stateLabel } from './toolbar/stateLabel.ts'

/**
 * What the right column shows for one selected element while no properties panel is mounted
 * (the editor on its own, as in its demo page): its name, kind, code and states, read-only.
 */
export function SelectionSummary({ elementId }: { readonly elementId: string }) {
  const t = useT()
  const locale = useLocale()
  const element = useProjection((s) => s.elements.get(elementId))
  const states = useProjection((s) => s.states)
  if (!element) return null
  const kind = elementKind(element.kind)
  return (
    <dl className="selection-summary">
      <dt>{t('editor.summary.name')}</dt>
      <dd className="selection-summary__name">{element.name}</dd>
      <dt>{t('editor.summary.kind')}</dt>
      <dd>{kind ? localized(kind.label, locale) : element.kind}</dd>
      {element.code && (
        <>
          <dt>{t('editor.summary.code')}</dt>
          <dd>{element.code}</dd>
        </>
      )}
      <dt>{t('editor.summary.states')}</dt>
      <dd>
        {states
          .filter((s) => element.states[s.id])
          .map((s) => {
            const status = element.states[s.id]?.status
            return status && status !== 'tetap' ? `${stateLabel(s, t)} (${t(`editor.status.${status}`)})` : stateLabel(s, t)
          })
          .join(', ')}
      </dd>
    </dl>
  )
}

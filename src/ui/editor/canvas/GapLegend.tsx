import { memo, useMemo } from 'react'
import { useT } from '../../i18n/locale.ts'
import type { GapMark, GapMarks } from '../gap/gapMarks.ts'
import { stateLabel } from '../toolbar/stateLabel.ts'

const ORDER: readonly GapMark[] = ['added', 'changed', 'removed']

/** What the overlay's colours mean, with how many shown nodes of this view carry each. */
export const GapLegend = memo(function GapLegend({ marks, shown }: { readonly marks: GapMarks; readonly shown: ReadonlySet<string> }) {
  const t = useT()
  const counts = useMemo(() => {
    const c: Record<GapMark, number> = { added: 0, changed: 0, removed: 0 }
    for (const id of shown) {
      const mark = marks.elements.get(id)
      if (mark) c[mark]++
    }
    return c
  }, [marks, shown])
  return (
    <section className="gap-legend" aria-label={t('editor.gap.legend', { from: stateLabel(marks.from, t), to: stateLabel(marks.to, t) })}>
      <h3 className="gap-legend__title">{t('editor.gap.legend', { from: stateLabel(marks.from, t), to: stateLabel(marks.to, t) })}</h3>
      <ul className="gap-legend__list">
        {ORDER.map((mark) => (
          <li key={mark} className={`gap-legend__item is-${mark}`} data-legend={mark}>
            <span className="gap-legend__swatch" aria-hidden="true" />
            <span>{t(`editor.gap.${mark}`)}</span>
            <span className="gap-legend__count">{counts[mark]}</span>
          </li>
        ))}
      </ul>
    </section>
  )
})

import type { CSSProperties } from 'react'
import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'

/** What a project without elements is waiting for, instead of six cards full of zeros. */
export function EmptyProject() {
  const t = useT()
  const locale = useLocale()
  return (
    <section className="panel empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <ul className="domain-chips">
        {DOMAINS.map((d) => (
          <li key={d.id} className="domain-chip" style={{ '--domain-color': d.color } as CSSProperties}>
            {localized(d.label, locale)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('empty.next')}</p>
    </section>
  )
}

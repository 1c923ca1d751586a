import type { CSSProperties } from 'react'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber, localized } from '../i18n/translate.ts'
import type { DomainCounts } from './overviewSummary.ts'

/** One domain's element counts in the as-is and the target, and what changes between them. */
export function DomainCard({ counts }: { readonly counts: DomainCounts }) {
  const t = useT()
  const locale = useLocale()
  const { domain } = counts
  const n = (value: number): string => formatNumber(locale, value)
  const changes = [
    { status: 'baru', value: counts.baru, label: t('status.baru') },
    { status: 'pengembangan', value: counts.pengembangan, label: t('status.pengembangan') },
    { status: 'dihentikan', value: counts.dihentikan, label: t('status.dihentikan') },
  ] as const
  return (
    <article className="domain-card" data-domain={domain.id} style={{ '--domain-color': domain.color } as CSSProperties} aria-labelledby={`domain-${domain.id}`}>
      <header className="domain-card__header">
        <h3 id={`domain-${domain.id}`} className="domain-card__title">
          <span className="domain-card__swatch" aria-hidden="true" />
          {localized(domain.label, locale)}
        </h3>
        <span className="domain-card__code" title={t('domains.reference', { code: domain.referenceArchitecture })}>
          {domain.code}
        </span>
      </header>
      <dl className="domain-card__states">
        <div>
          <dt>{t('state.asis')}</dt>
          <dd data-count="asis">{n(counts.asis)}</dd>
        </div>
        <div>
          <dt>{t('state.target')}</dt>
          <dd data-count="target">{n(counts.target)}</dd>
        </div>
      </dl>
      <dl className="domain-card__changes" aria-label={t('domains.changes')}>
        {changes.map((c) => (
          <div key={c.status} className="change" data-status={c.status} data-zero={c.value === 0 || undefined}>
            <dt>{c.label}</dt>
            <dd data-count={c.status}>{n(c.value)}</dd>
          </div>
        ))}
      </dl>
    </article>
  )
}

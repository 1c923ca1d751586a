import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { GapAnalysis } from '../../analysis/gap/gapAnalysis.ts'
import type { ProjectData, State } from '../../model/project.ts'
import type { ServerVersion } from '../../sync/serverApi.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { comparableStates, compareMoments, defaultCompareState } from './compareVersion.ts'
import { versionDiff, type DiffDomain } from './versionDiff.ts'
import './versionCompare.css'

/** 'now' (the live document) or a version id. */
export type Moment = string
export const NOW: Moment = 'now'

export interface CompareRequest {
  readonly from: Moment
  readonly to: Moment
  /** Bumped by each "Bandingkan" click in the list, so the same pair can be asked again. */
  readonly nonce: number
}

interface Comparison {
  readonly before: string
  readonly after: string
  readonly state: State
  readonly states: readonly State[]
  readonly gap: GapAnalysis
  readonly domains: readonly DiffDomain[]
}

/** Entries shown per domain: a workshop's changes fit; a bulk import says how many more there are. */
const MAX_PER_DOMAIN = 60

/**
 * "Bandingkan" in the version history: two moments (two versions, or a version and now) and the
 * state to compare (the target by default, since workshops edit the target), in time order, the
 * gap between them by domain with element names and the attributes that differ.
 */
export function VersionCompare({ versions, nowStates, request, readNow, loadVersion, run }: {
  readonly versions: readonly ServerVersion[]
  /** The live document's states, offered before the first comparison. */
  readonly nowStates: readonly State[]
  readonly request: CompareRequest | undefined
  readonly readNow: () => ProjectData
  readonly loadVersion: (v: ServerVersion) => Promise<ProjectData>
  readonly run: (action: () => Promise<void>) => void
}) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [from, setFrom] = useState<Moment>(versions[0]?.id ?? NOW)
  const [to, setTo] = useState<Moment>(NOW)
  const [stateId, setStateId] = useState<string>()
  const [comparison, setComparison] = useState<Comparison>()
  const result = useRef<HTMLElement>(null)

  const label = (m: Moment): string => (m === NOW ? t('collab.versions.now') : versions.find((v) => v.id === m)?.name ?? '')
  const time = (m: Moment): number => (m === NOW ? Infinity : Date.parse(versions.find((v) => v.id === m)?.createdAt ?? '') || 0)
  const data = async (m: Moment): Promise<ProjectData> => {
    if (m === NOW) return readNow()
    const v = versions.find((x) => x.id === m)
    if (!v) throw new Error(`unknown version ${m}`)
    return loadVersion(v)
  }
  const compare = (a: Moment, b: Moment, wanted: string | undefined): void => {
    if (a === b) return
    run(async () => {
      // In time order, whichever way they were picked: the older one is "before".
      const [first, second] = time(a) <= time(b) ? [a, b] : [b, a]
      const [before, after] = await Promise.all([data(first), data(second)])
      const states = comparableStates(before, after)
      const state = states.find((s) => s.id === wanted) ?? defaultCompareState(states)
      if (!state) return
      const gap = compareMoments(before, after, state.id)
      setStateId(state.id)
      setComparison({ before: label(first), after: label(second), state, states, gap, domains: versionDiff(gap, before, after, locale, t) })
    })
  }

  // A "Bandingkan" click in the list: that version against now.
  useEffect(() => {
    if (!request) return
    setFrom(request.from)
    setTo(request.to)
    compare(request.from, request.to, stateId)
    // Only a new request runs this; the other values are read as they are at that moment.
  }, [request])
  useEffect(() => {
    if (comparison) result.current?.scrollIntoView({ block: 'nearest' })
  }, [comparison])

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    compare(from, to, stateId)
  }
  // Once a comparison is shown, changing a choice shows the new one at once.
  const choose = (a: Moment, b: Moment, s: string | undefined): void => {
    setFrom(a)
    setTo(b)
    setStateId(s)
    if (comparison) compare(a, b, s)
  }
  const states = comparison?.states ?? nowStates
  const shownState = stateId ?? defaultCompareState(states)?.id ?? ''
  const moments: readonly Moment[] = [NOW, ...versions.map((v) => v.id)]
  const same = from === to

  return (
    <section className="version-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="collab-invite-dialog__subtitle">{t('collab.versions.compareHeading')}</h3>
      <p className="muted version-compare__hint">{t('collab.versions.compareHint')}</p>
      <form className="version-compare__form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-from`}>{t('collab.versions.compareFrom')}</label>
          <select id={`${id}-from`} className="field__input" value={from} onChange={(e) => choose(e.target.value, to, stateId)}>
            {moments.map((m) => <option key={m} value={m}>{label(m)}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-to`}>{t('collab.versions.compareTo')}</label>
          <select id={`${id}-to`} className="field__input" value={to} onChange={(e) => choose(from, e.target.value, stateId)}>
            {moments.map((m) => <option key={m} value={m}>{label(m)}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-state`}>{t('collab.versions.compareState')}</label>
          <select id={`${id}-state`} className="field__input" value={shownState} onChange={(e) => choose(from, to, e.target.value)}>
            {states.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <button type="submit" className="button button--secondary" disabled={same}>{t('collab.versions.compareRun')}</button>
      </form>
      {same && <p className="muted">{t('collab.versions.compareSame')}</p>}
      {comparison && (
        <section ref={result} className="collab-versions__compare" aria-live="polite" data-state={comparison.state.id}>
          <h4 className="version-compare__title">{t('collab.versions.compareTitle', { from: comparison.before, to: comparison.after, state: comparison.state.name })}</h4>
          <p>{t('collab.versions.compareSummary', { added: comparison.gap.summary.byChange.added, changed: comparison.gap.summary.byChange.changed, removed: comparison.gap.summary.byChange.removed })}</p>
          {comparison.domains.length === 0 ? <p className="muted">{t('collab.versions.compareNone')}</p> : <DiffList domains={comparison.domains} />}
        </section>
      )}
    </section>
  )
}

function DiffList({ domains }: { readonly domains: readonly DiffDomain[] }) {
  const t = useT()
  return (
    <div className="version-compare__domains">
      {domains.map((d) => (
        <section key={d.domain} className="version-compare__domain" data-domain={d.domain}>
          <h5 className="version-compare__domain-title">
            {d.title} <span className="muted">· {t('collab.versions.domainCounts', d.counts)}</span>
          </h5>
          <ul className="collab-versions__changes">
            {d.entries.slice(0, MAX_PER_DOMAIN).map((e) => (
              <li key={e.id} data-change={e.change} data-id={e.id}>
                <span className="version-compare__badge" data-change={e.change}>{t(`collab.versions.change.${e.change}`)}</span>
                <span className="version-compare__name">{e.label}</span>
                {e.detail && <span className="muted version-compare__kind">{e.detail}</span>}
                {e.fields.length > 0 && (
                  <dl className="version-compare__fields">
                    {e.fields.map((f) => (
                      <div key={f.field} className="version-compare__field" data-field={f.field}>
                        <dt>{f.label}</dt>
                        <dd>
                          <del aria-label={t('collab.versions.fieldBefore')}>{f.before}</del>
                          <span aria-hidden="true"> → </span>
                          <ins aria-label={t('collab.versions.fieldAfter')}>{f.after}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            ))}
            {d.entries.length > MAX_PER_DOMAIN && <li className="muted">{t('collab.versions.more', { count: d.entries.length - MAX_PER_DOMAIN })}</li>}
          </ul>
        </section>
      ))}
    </div>
  )
}

import { useId, useRef, useState, type FormEvent } from 'react'
import type { EvaluationFramework } from '../../analysis/index/framework.ts'
import { formatIndex } from '../../analysis/index/predicate.ts'
import type { LevelStep, TargetPlan } from '../../analysis/index/targetPlan.ts'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import { setIndexTarget } from '../../model/commands/indexCommands.ts'
import { pinActivity } from '../../model/commands/roadmapCommands.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import type { RunCommand } from '../roadmap/useRoadmapEditing.ts'
import { indicatorName } from './ProjectionTable.tsx'

interface TargetPanelProps {
  readonly target?: { readonly year: number; readonly index: number }
  readonly plan?: TargetPlan
  readonly roadmap: Roadmap
  readonly framework: EvaluationFramework
  readonly run: RunCommand
  readonly onResult: (error?: string) => void
}

const RANKED = 10

/**
 * "Index 3.8 in 2027": set the target, see whether the plan reaches it, and if not, by how much,
 * which indicators have the most room (weight x headroom), the fewest level steps that would do,
 * and which kegiatan could end earlier, each movable with one click (one undo step).
 */
export function TargetPanel({ target, plan, roadmap, framework, run, onResult }: TargetPanelProps) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const years = roadmap.period.years
  const levels = framework.levels.map((l) => l.level)
  const low = Math.min(...levels)
  const top = Math.max(...levels)
  const [year, setYear] = useState(String(target?.year ?? years.at(-1) ?? ''))
  const [index, setIndex] = useState(target ? formatIndex(target.index) : '')
  const [invalid, setInvalid] = useState(false)
  // A target changed elsewhere (undo, a colleague) replaces what the form shows.
  const stored = target ? `${target.year}:${target.index}` : ''
  const [shown, setShown] = useState(stored)
  if (shown !== stored) {
    setShown(stored)
    if (target) setYear(String(target.year))
    setIndex(target ? formatIndex(target.index) : '')
  }

  const submit = (e: FormEvent): void => {
    e.preventDefault()
    const value = Number(index.replace(',', '.'))
    if (!index.trim() || !Number.isFinite(value) || value < low || value > top) return setInvalid(true)
    setInvalid(false)
    const r = run((ctx) => setIndexTarget(ctx, { year: Number(year), index: value }))
    onResult(r.ok ? undefined : localized(r.error, locale))
  }
  const clear = (): void => {
    const r = run((ctx) => setIndexTarget(ctx, undefined))
    onResult(r.ok ? undefined : localized(r.error, locale))
    setIndex('')
  }
  const moveEarlier = (activity: string): void => {
    const a = roadmap.activities.find((x) => x.id === activity)
    if (!a || !plan) return
    const start = Math.max(roadmap.period.startYear, plan.year - a.duration + 1)
    const r = run((ctx) => pinActivity(ctx, activity, start))
    onResult(r.ok ? undefined : localized(r.error, locale))
    // The row goes away with the move; keep focus in the panel so Ctrl+Z stays at hand.
    heading.current?.focus()
  }
  const yearOptions = target && !years.includes(target.year) ? [...years, target.year].sort((a, b) => a - b) : years

  return (
    <>
      <section className="panel index-target" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>{t('indexProjection.target.title')}</h3>
        <form className="index-target__form" onSubmit={submit}>
          <span className="index-target__field">
            <label className="prop-field__label" htmlFor={`${id}-year`}>{t('indexProjection.target.year')}</label>
            <select id={`${id}-year`} className="prop-select" value={year} onChange={(e) => setYear(e.target.value)}>
              {yearOptions.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </span>
          <span className="index-target__field">
            <label className="prop-field__label" htmlFor={`${id}-index`}>{t('indexProjection.target.index')}</label>
            <input
              id={`${id}-index`} className="prop-input index-target__input" inputMode="decimal" value={index}
              aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined}
              placeholder={formatIndex(Math.min(top, 3.8))} onChange={(e) => setIndex(e.target.value)}
            />
          </span>
          <button type="submit" className="button button--small">{t('indexProjection.target.set')}</button>
          {target && <button type="button" className="button button--ghost button--small" onClick={clear}>{t('indexProjection.target.clear')}</button>}
        </form>
        {invalid && <p id={`${id}-error`} className="field__error" role="alert">{t('indexProjection.target.invalid', { low: formatIndex(low), high: formatIndex(top) })}</p>}
        {!target && <p className="index-empty">{t('indexProjection.target.none')}</p>}
        {target && !plan && <p className="muted">{t('indexProjection.target.noPlan')}</p>}
        {plan && <PlanView plan={plan} onMove={moveEarlier} />}
      </section>
      {plan && <GapView plan={plan} framework={framework} />}
    </>
  )
}

function PlanView({ plan, onMove }: { plan: TargetPlan; onMove: (activity: string) => void }) {
  const t = useT()
  const year = String(plan.year)
  return (
    <div className="index-target__plan" data-reached={plan.reached}>
      <p className={`index-target__status index-target__status--${plan.reached ? 'reached' : 'short'}`} role="status">
        <strong>{t(plan.reached ? 'indexProjection.target.reached' : 'indexProjection.target.notReached')}</strong>{' '}
        {t(plan.reached ? 'indexProjection.target.reachedDetail' : 'indexProjection.target.shortDetail', { year, projected: formatIndex(plan.projected), target: formatIndex(plan.target), shortfall: formatIndex(plan.shortfall) })}
      </p>
      <dl className="index-target__figures">
        <div><dt>{t('indexProjection.target.figureTarget', { year })}</dt><dd>{formatIndex(plan.target)}</dd></div>
        <div><dt>{t('indexProjection.target.figureProjected', { year })}</dt><dd>{formatIndex(plan.projected)}</dd></div>
        <div><dt>{t('indexProjection.target.figureShortfall')}</dt><dd data-shortfall>{formatIndex(plan.shortfall)}</dd></div>
      </dl>
      {!plan.reached && (
        <>
          <h4>{t('indexProjection.target.movableTitle', { year })}</h4>
          {plan.movable.length === 0 ? <p className="muted">{t('indexProjection.target.movableNone', { year })}</p> : (
            <>
              <ul className="index-target__movable">
                {plan.movable.map((m) => (
                  <li key={m.id} data-activity={m.id}>
                    <span>
                      <strong>{m.name ?? t('indexProjection.links.goneName')}</strong>{' '}
                      <span className="muted">{t('indexProjection.target.endsIn', { year: String(m.endYear) })}</span>
                    </span>
                    <span className="index-target__gain">+{formatIndex(m.gain)}</span>
                    <button type="button" className="button button--secondary button--small" onClick={() => onMove(m.id)} aria-label={t('indexProjection.target.moveOf', { activity: m.name ?? '', year })}>
                      {t('indexProjection.target.move')}
                    </button>
                  </li>
                ))}
              </ul>
              <p>{t('indexProjection.target.withAllMoved', { index: formatIndex(plan.withAllMoved), year })}</p>
            </>
          )}
        </>
      )}
    </div>
  )
}

/** What is still missing for the target: the fewest level steps and the indicators with the most room. */
function GapView({ plan, framework }: { plan: TargetPlan; framework: EvaluationFramework }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const year = String(plan.year)
  return (
    <section className="panel index-target-gap" aria-labelledby={`${id}-gap`}>
      <h3 id={`${id}-gap`}>{t(plan.reached ? 'indexProjection.target.gapTitleReached' : 'indexProjection.target.gapTitle', { target: formatIndex(plan.target), year })}</h3>
      {!plan.reached && (
        <>
          <h4>{t('indexProjection.target.stepsTitle')}</h4>
          <p>
            {plan.unreachable
              ? t('indexProjection.target.unreachable', { target: formatIndex(plan.target) })
              : t('indexProjection.target.steps', { count: plan.steps.length, target: formatIndex(plan.target) })}
          </p>
          {plan.steps.length > 0 && (
            <ul className="index-target__steps">
              {groupSteps(plan.steps).map((s) => (
                <li key={s.indicator} title={indicatorName(framework, s.indicator, locale)}>
                  {t('indexProjection.table.raisedItem', { indicator: String(s.indicator), from: String(s.from), to: String(s.to) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h4>{t('indexProjection.target.rankingTitle')}</h4>
      <p className="muted">{t('indexProjection.target.rankingHelp')}</p>
      <div className="table-scroll">
        <table className="data-table index-target__ranking">
          <thead>
            <tr>
              <th scope="col">{t('indexProjection.target.columnIndicator')}</th>
              <th scope="col" className="num">{t('indexProjection.target.columnWeight')}</th>
              <th scope="col" className="num">{t('indexProjection.target.columnLevel', { year })}</th>
              <th scope="col" className="num">{t('indexProjection.target.columnHeadroom')}</th>
              <th scope="col" className="num">{t('indexProjection.target.columnPotential')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.ranking.slice(0, RANKED).map((h) => (
              <tr key={h.indicator} data-indicator={h.indicator}>
                <td><strong>{h.indicator}</strong> {indicatorName(framework, h.indicator, locale)}</td>
                <td className="num">{h.weight}%</td>
                <td className="num">{h.level}</td>
                <td className="num">{h.headroom}</td>
                <td className="num">+{formatPotential(h.potential)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** One-level steps of one indicator read as a single raise (43: 3→5). */
function groupSteps(steps: readonly LevelStep[]): LevelStep[] {
  const out: LevelStep[] = []
  for (const s of steps) {
    const last = out.at(-1)
    if (last && last.indicator === s.indicator && last.to === s.from) out[out.length - 1] = { ...last, to: s.to }
    else out.push(s)
  }
  return out
}

/** Potentials are weight/100 x headroom: up to three decimals, so 0.055 does not read as 0.06. */
function formatPotential(p: number): string {
  const s = p.toFixed(3)
  return s.endsWith('0') ? s.slice(0, -1) : s
}

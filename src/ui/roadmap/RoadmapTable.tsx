import type { Roadmap, ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { MUATAN } from '../../analysis/roadmap/muatan.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber, localized } from '../i18n/translate.ts'

interface Row {
  readonly muatan?: string
  readonly program?: string
  readonly activity: ScheduledActivity
}

/** Muatan and program are written once, on the first row of their group, as Pemda tables do. */
function rows(roadmap: Roadmap, locale: 'id' | 'en'): Row[] {
  const byId = new Map(roadmap.activities.map((a) => [a.id, a]))
  const out: Row[] = []
  let lastMuatan = ''
  for (const p of roadmap.programs) {
    const m = MUATAN.find((x) => x.id === p.muatan)!
    let first = true
    for (const id of p.activities) {
      const a = byId.get(id)
      if (!a) continue
      const muatan = `${m.code} ${localized(m.label, locale)}`
      out.push({ ...(muatan !== lastMuatan ? { muatan } : {}), ...(first ? { program: `${p.code} ${localized(p.name, locale)}` } : {}), activity: a })
      lastMuatan = muatan
      first = false
    }
  }
  return out
}

export interface RoadmapTableProps {
  readonly roadmap: Roadmap
  readonly opdName: (id: string) => string
  /** Pins a kegiatan to a start year; `undefined` lets the scheduler choose again. */
  readonly onPin: (activityId: string, year: number | undefined) => void
}

/**
 * The Peta Rencana table: muatan, program, kegiatan, a column per plan year, OPD pelaksana, pagu.
 * Each year cell is a button: choosing a year pins the kegiatan to start there; choosing the
 * start year of a pinned kegiatan releases it.
 */
export function RoadmapTable({ roadmap, opdName, onPin }: RoadmapTableProps) {
  const t = useT()
  const locale = useLocale()
  const years = roadmap.period.years
  return (
    <div className="table-scroll roadmap-table__scroll">
      <table className="data-table roadmap-table">
        <thead>
          <tr>
            <th scope="col">{t('roadmap.column.muatan')}</th>
            <th scope="col">{t('roadmap.column.program')}</th>
            <th scope="col">{t('roadmap.column.activity')}</th>
            {years.map((y) => <th key={y} scope="col" className="roadmap-table__year">{y}</th>)}
            <th scope="col">{t('roadmap.column.opd')}</th>
            <th scope="col" className="num">{t('roadmap.column.budget')}</th>
          </tr>
        </thead>
        <tbody>
          {rows(roadmap, locale).map(({ muatan, program, activity: a }) => (
            <tr key={a.id} data-activity={a.id}>
              <td className="roadmap-table__group">{muatan}</td>
              <td className="roadmap-table__group">{program}</td>
              <td title={localized(a.reason, locale)}>
                <span className="roadmap-table__code">{a.code}</span> {a.name}
              </td>
              {years.map((y) => {
                const active = y >= a.startYear && y <= a.endYear
                const amount = a.budget[String(y)]
                const pinnedHere = a.pinnedYear === y
                const label = pinnedHere ? t('roadmap.unpin', { activity: a.name }) : t('roadmap.pin', { activity: a.name, year: String(y) })
                return (
                  <td key={y} className={active ? 'roadmap-table__cell roadmap-table__cell--active' : 'roadmap-table__cell'}>
                    <button type="button" className="roadmap-table__pin" aria-label={label} title={label} aria-pressed={pinnedHere} onClick={() => onPin(a.id, pinnedHere ? undefined : y)}>
                      {pinnedHere && <span aria-hidden="true">📌 </span>}
                      {active ? (amount ? t('roadmap.millions', { amount: formatNumber(locale, Math.round(amount / 1_000_000)) }) : '●') : ''}
                    </button>
                  </td>
                )
              })}
              <td>{a.opd ? opdName(a.opd) : ''}</td>
              <td className="num">{a.totalBudget ? `Rp${formatNumber(locale, a.totalBudget)}` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

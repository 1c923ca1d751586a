import { useId, useState, type FormEvent } from 'react'
import type { ProjectInfo } from '../../model/project.ts'
import { RPJMD_YEARS } from '../../model/emptyProject.ts'
import { useT } from '../i18n/locale.ts'

export interface EmptyProjectValues {
  readonly name: string
  readonly organization: string
  readonly organizationType: ProjectInfo['organizationType']
  readonly planStartYear: number
}

const ORGANIZATION_TYPES: readonly ProjectInfo['organizationType'][] = ['kabupaten', 'kota', 'provinsi', 'instansi-pusat']
/** The file format's bounds (projectSchema.ts): the plan must end by 2100. */
const MIN_YEAR = 2000
const MAX_YEAR = 2100 - (RPJMD_YEARS - 1)

type Field = 'name' | 'organization' | 'year'

/** Name, organisation, its type and the RPJMD's first year: all an empty project needs. */
export function EmptyProjectForm({ busy, onSubmit }: { readonly busy: boolean; readonly onSubmit: (values: EmptyProjectValues) => void }) {
  const t = useT()
  const id = useId()
  const [name, setName] = useState('')
  const [organization, setOrganization] = useState('')
  const [organizationType, setOrganizationType] = useState<ProjectInfo['organizationType']>('kabupaten')
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [problems, setProblems] = useState<ReadonlySet<Field>>(new Set())

  const startYear = Number(year)
  const yearValid = Number.isInteger(startYear) && startYear >= MIN_YEAR && startYear <= MAX_YEAR

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const found = new Set<Field>()
    if (!name.trim()) found.add('name')
    if (!organization.trim()) found.add('organization')
    if (!yearValid) found.add('year')
    setProblems(found)
    if (found.size > 0) {
      document.getElementById(`${id}-${[...found][0]}`)?.focus()
      return
    }
    onSubmit({ name: name.trim(), organization: organization.trim(), organizationType, planStartYear: startYear })
  }

  const error = (field: Field, text: string) =>
    problems.has(field) ? <p id={`${id}-${field}-error`} className="field__error">{text}</p> : null
  const describedBy = (field: Field) => (problems.has(field) ? `${id}-${field}-error` : undefined)

  return (
    <form className="empty-project-form" onSubmit={submit} noValidate aria-label={t('projects.new.empty.title')}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>{t('projects.form.name')}</label>
        <input
          id={`${id}-name`} className="field__input" name="name" value={name} maxLength={300} autoComplete="off"
          placeholder={t('projects.form.namePlaceholder')} aria-invalid={problems.has('name') || undefined} aria-describedby={describedBy('name')}
          onChange={(e) => setName(e.target.value)}
        />
        {error('name', t('projects.form.required'))}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-organization`}>{t('projects.form.organization')}</label>
        <input
          id={`${id}-organization`} className="field__input" name="organization" value={organization} maxLength={300} autoComplete="organization"
          placeholder={t('projects.form.organizationPlaceholder')} aria-invalid={problems.has('organization') || undefined}
          aria-describedby={describedBy('organization')} onChange={(e) => setOrganization(e.target.value)}
        />
        {error('organization', t('projects.form.required'))}
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-type`}>{t('projects.form.organizationType')}</label>
          <select
            id={`${id}-type`} className="field__input" name="organizationType" value={organizationType}
            onChange={(e) => setOrganizationType(e.target.value as ProjectInfo['organizationType'])}
          >
            {ORGANIZATION_TYPES.map((type) => (
              <option key={type} value={type}>{t(`header.organizationType.${type}`)}</option>
            ))}
          </select>
        </div>
        <div className="field field--year">
          <label className="field__label" htmlFor={`${id}-year`}>{t('projects.form.startYear')}</label>
          <input
            id={`${id}-year`} className="field__input" name="planStartYear" type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} step={1}
            value={year} aria-invalid={problems.has('year') || undefined} aria-describedby={describedBy('year') ?? `${id}-period`}
            onChange={(e) => setYear(e.target.value)}
          />
          {error('year', t('projects.form.yearRange', { min: String(MIN_YEAR), max: String(MAX_YEAR) })) ?? (
            <p id={`${id}-period`} className="field__hint">
              {yearValid ? t('projects.form.period', { start: String(startYear), end: String(startYear + RPJMD_YEARS - 1) }) : '\u00a0'}
            </p>
          )}
        </div>
      </div>
      <button type="submit" className="button" disabled={busy}>{t('projects.form.submit')}</button>
    </form>
  )
}

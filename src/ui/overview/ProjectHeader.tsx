import { useEffect } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { statePair } from './overviewSummary.ts'

/** The project's name, organisation and plan period; also names the browser tab after it. */
export function ProjectHeader({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const project = useStore(store, (s) => s.project)
  const plan = useStore(store, (s) => s.plan)
  const states = useStore(store, (s) => s.states)
  const targetYear = statePair(states).target?.year ?? plan.startYear + plan.years - 1
  const period = plan.name.trim() || `${plan.document.toUpperCase()} ${plan.startYear}-${plan.startYear + plan.years - 1}`

  useEffect(() => {
    document.title = t('app.documentTitle', { project: project.name })
  }, [t, project.name])

  return (
    <section className="project-band" aria-labelledby="project-name">
      <div className="container">
        <p className="project-band__organization">{project.organization}</p>
        <h1 id="project-name" className="project-band__name">{project.name}</h1>
        {project.description && <p className="project-band__description">{project.description}</p>}
        <dl className="project-band__meta">
          <div>
            <dt>{t('header.organizationType')}</dt>
            <dd>{t(`header.organizationType.${project.organizationType}`)}</dd>
          </div>
          <div>
            <dt>{t('header.plan')}</dt>
            <dd data-testid="plan-period">{period}</dd>
          </div>
          <div>
            <dt>{t('header.targetYear')}</dt>
            <dd>{targetYear}</dd>
          </div>
        </dl>
      </div>
    </section>
  )
}

import { useStore, type StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { DomainSummary } from './DomainSummary.tsx'
import { EmptyProject } from './EmptyProject.tsx'
import { FindingsList } from './FindingsList.tsx'
import { OpdList } from './OpdList.tsx'
import { ProjectFigures } from './ProjectFigures.tsx'
import { ProjectHeader } from './ProjectHeader.tsx'

/** The opened project at a glance: who, which period, what is in each domain, what to fix. */
export function ProjectOverview({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const isEmpty = useStore(store, (s) => s.elements.size === 0)
  return (
    <>
      <ProjectHeader store={store} />
      <div className="container overview">
        <ProjectFigures store={store} />
        {isEmpty ? <EmptyProject /> : <DomainSummary store={store} />}
        <div className="overview__columns">
          <OpdList store={store} />
          <FindingsList store={store} />
        </div>
      </div>
    </>
  )
}

import * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type {
  CatalogueExtension, Element, Goal, IndexData, InteropData, Membership, Opd, Plan, ProjectData, ProjectInfo, Relation, RoadmapInput, Settings, State, View,
} from '../project.ts'
import { readIndexData, readInterop } from '../ydoc/indexRecords.ts'
import { readRoadmapInput, readSettings } from '../ydoc/roadmapRecords.ts'
import { ROOT, roots, type DocRoots } from '../ydoc/docSchema.ts'
import { readElement, readPlain, readRelation, readView, type StateRecord } from '../ydoc/records.ts'

/**
 * The read-only projection of a project's Y.Doc that the UI, validation and analysis read.
 * It is fed by Yjs observers once per transaction and shares structure: a record that did not
 * change keeps its object identity, so memoised components skip it.
 *
 * Invariants, whatever order concurrent edits arrive in (docs/concurrency.md):
 * - an element is visible only while it is a member of at least one existing state;
 * - a relation is visible only while both ends are visible and it is in an existing state;
 * - a view lists only nodes of visible elements.
 * Records that break them stay in the Y.Doc (a late update may complete them) but are not shown.
 */
export interface ProjectionState {
  readonly project: ProjectInfo
  readonly plan: Plan
  readonly opd: ReadonlyMap<string, Opd>
  readonly states: readonly State[]
  readonly elements: ReadonlyMap<string, Element>
  readonly relations: ReadonlyMap<string, Relation>
  readonly views: ReadonlyMap<string, View>
  readonly catalogueExtensions: readonly CatalogueExtension[]
  readonly settings: Settings
  readonly roadmap: RoadmapInput
  readonly index: IndexData
  readonly interop: InteropData | undefined
  /** Increases with every applied transaction; cheap change detection for caches. */
  readonly revision: number
}

export interface Projection {
  readonly store: StoreApi<ProjectionState>
  destroy(): void
}

const ROOT_NAMES = Object.values(ROOT)
const ROADMAP_ROOTS: readonly string[] = [ROOT.roadmap, ROOT.activityOverrides, ROOT.manualActivities, ROOT.dependencies]
const INDEX_ROOTS: readonly string[] = [ROOT.assessments, ROOT.indicatorLinks, ROOT.frameworks, ROOT.indexSettings]

export function createProjection(doc: Y.Doc): Projection {
  const r = roots(doc)
  const projector = new Projector(r)
  const store = createStore<ProjectionState>()(() => projector.full())

  const pending = new Map<string, Set<string>>()
  const observers = ROOT_NAMES.map((name) => {
    const root = doc.getMap(name)
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      let changed = pending.get(name)
      if (!changed) pending.set(name, (changed = new Set()))
      for (const event of events) {
        if (event.path.length === 0) for (const key of event.changes.keys.keys()) changed.add(key)
        else changed.add(String(event.path[0]))
      }
    }
    root.observeDeep(observer)
    return () => root.unobserveDeep(observer)
  })
  const onAfterTransaction = (): void => {
    if (pending.size === 0) return
    const next = projector.apply(store.getState(), pending)
    pending.clear()
    store.setState(next, true)
  }
  doc.on('afterTransaction', onAfterTransaction)

  return {
    store,
    destroy() {
      for (const off of observers) off()
      doc.off('afterTransaction', onAfterTransaction)
    },
  }
}

class Projector {
  /** Relation ids by element id, over all stored relations (visible or not). */
  private readonly relationsByElement = new Map<string, Set<string>>()
  private readonly indexedEnds = new Map<string, readonly [string, string]>()
  private stateIds = new Set<string>()

  constructor(private readonly r: DocRoots) {}

  full(revision = 0): ProjectionState {
    const states = this.readStates()
    this.stateIds = new Set(states.map((s) => s.id))
    this.relationsByElement.clear()
    this.indexedEnds.clear()
    const elements = new Map<string, Element>()
    this.r.elements.forEach((m, id) => {
      const e = this.visibleElement(id, m)
      if (e) elements.set(id, e)
    })
    const relations = new Map<string, Relation>()
    this.r.relations.forEach((m, id) => {
      const rel = readRelation(id, m)
      this.index(rel)
      const visible = this.visibleRelation(rel, elements)
      if (visible) relations.set(id, visible)
    })
    const views = new Map<string, View>()
    this.r.views.forEach((m, id) => views.set(id, filterView(readView(id, m), elements)))
    return {
      project: this.readProject(),
      plan: this.readPlan(),
      opd: this.readOpd(),
      states,
      elements,
      relations,
      views,
      catalogueExtensions: this.readCatalogue(),
      settings: readSettings(this.r),
      roadmap: readRoadmapInput(this.r),
      index: readIndexData(this.r),
      interop: readInterop(this.r),
      revision,
    }
  }

  apply(prev: ProjectionState, changes: ReadonlyMap<string, Set<string>>): ProjectionState {
    const revision = prev.revision + 1
    if (changes.has(ROOT.states)) return this.full(revision)
    let { elements, relations, views } = prev
    const relationsToCheck = new Set<string>(setOf(changes.get(ROOT.relations)))
    let visibilityChanged = false

    const changedElements = setOf(changes.get(ROOT.elements))
    if (changedElements.size > 0) {
      const next = new Map(elements)
      for (const id of changedElements) {
        const m = this.r.elements.get(id)
        const e = m ? this.visibleElement(id, m) : undefined
        const was = next.has(id)
        if (e) next.set(id, e)
        else next.delete(id)
        if (was !== Boolean(e)) {
          visibilityChanged = true
          for (const relId of this.relationsByElement.get(id) ?? []) relationsToCheck.add(relId)
        }
      }
      elements = next
    }

    if (relationsToCheck.size > 0) {
      const next = new Map(relations)
      for (const id of relationsToCheck) {
        const m = this.r.relations.get(id)
        const rel = m ? readRelation(id, m) : undefined
        this.unindex(id)
        if (rel) this.index(rel)
        const visible = rel && this.visibleRelation(rel, elements)
        // Keep identity when only an endpoint's visibility was rechecked and nothing changed.
        const old = prev.relations.get(id)
        if (visible) next.set(id, old && !changes.get(ROOT.relations)?.has(id) ? old : visible)
        else next.delete(id)
      }
      relations = next
    }

    const changedViews = setOf(changes.get(ROOT.views))
    if (changedViews.size > 0 || visibilityChanged) {
      const next = new Map<string, View>()
      this.r.views.forEach((m, id) => {
        const old = prev.views.get(id)
        next.set(id, old && !changedViews.has(id) && !visibilityChanged ? old : filterView(readView(id, m), elements))
      })
      views = next
    }

    return {
      project: changes.has(ROOT.project) ? this.readProject() : prev.project,
      plan: changes.has(ROOT.plan) || changes.has(ROOT.goals) ? this.readPlan() : prev.plan,
      opd: changes.has(ROOT.opd) ? this.readOpd() : prev.opd,
      states: prev.states,
      elements,
      relations,
      views,
      catalogueExtensions: changes.has(ROOT.catalogue) ? this.readCatalogue() : prev.catalogueExtensions,
      settings: changes.has(ROOT.settings) ? readSettings(this.r) : prev.settings,
      roadmap: ROADMAP_ROOTS.some((name) => changes.has(name)) ? readRoadmapInput(this.r) : prev.roadmap,
      index: INDEX_ROOTS.some((name) => changes.has(name)) ? readIndexData(this.r) : prev.index,
      interop: changes.has(ROOT.interop) ? readInterop(this.r) : prev.interop,
      revision,
    }
  }

  private visibleElement(id: string, m: Y.Map<unknown>): Element | undefined {
    const e = readElement(id, m)
    const states = this.knownStates(e.states)
    if (!states) return undefined
    return states === e.states ? e : { ...e, states }
  }

  private visibleRelation(rel: Relation, elements: ReadonlyMap<string, Element>): Relation | undefined {
    if (!elements.has(rel.source) || !elements.has(rel.target)) return undefined
    const states = this.knownStates(rel.states)
    if (!states) return undefined
    return states === rel.states ? rel : { ...rel, states }
  }

  /** The memberships in existing states: the same object when all are known, undefined when none. */
  private knownStates(states: Readonly<Record<string, Membership>>): Readonly<Record<string, Membership>> | undefined {
    let known = 0
    let total = 0
    for (const id in states) {
      total++
      if (this.stateIds.has(id)) known++
    }
    if (known === 0) return undefined
    if (known === total) return states
    const out: Record<string, Membership> = {}
    for (const id in states) if (this.stateIds.has(id)) out[id] = states[id]!
    return out
  }

  private index(rel: Relation): void {
    this.indexedEnds.set(rel.id, [rel.source, rel.target])
    for (const end of [rel.source, rel.target]) {
      let set = this.relationsByElement.get(end)
      if (!set) this.relationsByElement.set(end, (set = new Set()))
      set.add(rel.id)
    }
  }

  private unindex(relId: string): void {
    // The ends recorded when indexed: the stored ones may have changed since.
    const ends = this.indexedEnds.get(relId)
    if (!ends) return
    for (const end of ends) this.relationsByElement.get(end)?.delete(relId)
    this.indexedEnds.delete(relId)
  }

  private readStates(): State[] {
    const list: StateRecord[] = []
    this.r.states.forEach((m, id) => list.push(readPlain<StateRecord>(id, m)))
    list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return list.map(({ order: _order, ...s }) => s)
  }

  private readProject(): ProjectInfo {
    return this.r.project.toJSON() as ProjectInfo
  }

  private readPlan(): Plan {
    const goals: Goal[] = []
    this.r.goals.forEach((m, id) => goals.push(readPlain<Goal>(id, m)))
    return { ...(this.r.plan.toJSON() as Omit<Plan, 'goals'>), goals }
  }

  private readOpd(): ReadonlyMap<string, Opd> {
    const opd = new Map<string, Opd>()
    this.r.opd.forEach((m, id) => opd.set(id, readPlain<Opd>(id, m)))
    return opd
  }

  private readCatalogue(): CatalogueExtension[] {
    const list: CatalogueExtension[] = []
    this.r.catalogue.forEach((m, code) => list.push({ code, parent: m.get('parent') as string, name: m.get('name') as string }))
    return list
  }
}

function filterView(view: View, elements: ReadonlyMap<string, Element>): View {
  return view.nodes.every((n) => elements.has(n.element)) ? view : { ...view, nodes: view.nodes.filter((n) => elements.has(n.element)) }
}

function setOf(changes: Set<string> | undefined): Set<string> {
  return changes ?? new Set()
}

/** The project in a Y.Doc as plain data, without keeping a store (CLI, saving, tests). */
export function readProjectData(doc: Y.Doc): ProjectData {
  return projectionToData(new Projector(roots(doc)).full())
}

/** The projection as plain project data, for validation, analysis and saving. */
export function projectionToData(s: ProjectionState): ProjectData {
  return {
    project: s.project,
    opd: [...s.opd.values()],
    plan: s.plan,
    states: s.states,
    elements: [...s.elements.values()],
    relations: [...s.relations.values()],
    views: [...s.views.values()],
    catalogueExtensions: s.catalogueExtensions,
    settings: s.settings,
    roadmap: s.roadmap,
    index: s.index,
    ...(s.interop ? { interop: s.interop } : {}),
  }
}

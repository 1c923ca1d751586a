import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import type { ProjectData, View } from '../../model/project.ts'
import { UnknownViewError, viewDiagram, type DiagramShapes } from '../diagram/viewSvg.ts'

/** One diagram of the report: a view drawn in the target state, numbered as a figure. */
export interface ReportDiagram {
  readonly viewId: string
  readonly name: string
  /** "Gambar 2. Arsitektur Lintas Domain". */
  readonly caption: string
  readonly svg: string
  readonly width: number
  readonly height: number
  readonly shapes: DiagramShapes
}

/** Figure 1 is the summary's bar chart; the diagrams follow it. */
export const FIRST_DIAGRAM_FIGURE = 2

/**
 * The views the report draws: the chosen ones by id, in the order given (an unknown id is an
 * error, not a silent gap), or by default every layered (cross-domain) view and then each domain
 * view, in domain order, that has nodes in the state.
 */
export function chosenViews(data: ProjectData, stateId: string, viewIds?: readonly string[]): View[] {
  if (viewIds) {
    return viewIds.map((id) => {
      const v = data.views.find((x) => x.id === id)
      if (!v) throw new UnknownViewError(id)
      return v
    })
  }
  const inState = new Set(data.elements.filter((e) => e.states[stateId]).map((e) => e.id))
  const hasNodes = (v: View): boolean => v.nodes.some((n) => inState.has(n.element))
  const domainOrder = (v: View): number => DOMAINS.findIndex((d) => d.id === v.domain)
  return [
    ...data.views.filter((v) => v.layout === 'layered' && hasNodes(v)),
    ...data.views.filter((v) => v.layout === 'domain' && hasNodes(v)).sort((a, b) => domainOrder(a) - domainOrder(b)),
  ]
}

export function reportDiagrams(data: ProjectData, stateId: string, viewIds?: readonly string[]): ReportDiagram[] {
  return chosenViews(data, stateId, viewIds).map((v, i) => {
    const d = viewDiagram(data, v.id, stateId)
    return { viewId: v.id, name: v.name, caption: `Gambar ${FIRST_DIAGRAM_FIGURE + i}. ${v.name}`, svg: d.svg, width: d.width, height: d.height, shapes: d.shapes }
  })
}

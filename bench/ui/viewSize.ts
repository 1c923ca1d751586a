import { generateProject } from '../../src/model/generate/generateProject.ts'
import { AS_IS_STATE } from '../../src/model/project.ts'

/** What a generated project of `elements` elements shows in the as-is state, where both demo pages open. */
export interface ShownGraph {
  readonly elements: number
  readonly nodes: number
  readonly edges: number
}

export function shownGraph(elements: number): ShownGraph {
  const data = generateProject({ elements, seed: 1 })
  const shown = new Set(data.elements.filter((e) => e.states[AS_IS_STATE.id] !== undefined).map((e) => e.id))
  const edges = data.relations.filter((r) => r.states[AS_IS_STATE.id] !== undefined && shown.has(r.source) && shown.has(r.target)).length
  return { elements, nodes: shown.size, edges }
}

/**
 * The size of generated project whose view shows exactly `nodes` nodes. Both pages open the
 * as-is state, which holds about 85 % of a generated project's elements: asking editorDemo.html
 * for 1,000 elements would draw 847 nodes. Searched upwards from nodes / 0.9 (below any size that
 * could show them all), so the result is deterministic: 1,172 elements for 1,000 nodes.
 */
export function graphShowing(nodes: number): ShownGraph {
  for (let elements = Math.floor(nodes / 0.9); elements <= nodes * 1.5; elements++) {
    const graph = shownGraph(elements)
    if (graph.nodes === nodes) return graph
  }
  throw new Error(`no generated project (seed 1) shows exactly ${nodes} nodes in its as-is state`)
}

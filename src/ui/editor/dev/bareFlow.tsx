/// <reference types="vite/client" />
/**
 * The baseline of `npm run bench:ui`: a bare React Flow page showing the same graph as
 * editorDemo.html, with nothing of ours in it. Default nodes (labelled with the element's name),
 * default edges, `fitView`, React Flow's own stylesheet; no custom node or edge types, no minimap,
 * no background, no culling. Built as a Vite input beside the editor demo, so the bench measures
 * both from the same production build.
 *
 * `?elements=N` generates the project editorDemo.html generates for the same N (generateProject,
 * seed 1) and lays it out the same way (rows of 40, 220 x 104 apart); like the editor, it shows the
 * elements and relations of the as-is state only.
 *
 * The one setting that is not a default: `minZoom` 0.1, as in the editor. React Flow's default
 * (0.5) would stop fitView from framing a 1,000-node grid, and the two pages would not show the
 * same thing.
 */
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { generateProject } from '../../../model/generate/generateProject.ts'
import { AS_IS_STATE } from '../../../model/project.ts'

const DEFAULT_ELEMENTS = 1000
const MAX_ELEMENTS = 20_000

interface Graph {
  readonly nodes: Node[]
  readonly edges: Edge[]
}

/** The as-is part of the generated project, where editorDemo.tsx places it. */
function bareGraph(elements: number): Graph {
  const data = generateProject({ elements, seed: 1 })
  const shown = new Set<string>()
  const nodes: Node[] = []
  data.elements.forEach((e, i) => {
    if (e.states[AS_IS_STATE.id] === undefined) return
    shown.add(e.id)
    nodes.push({ id: e.id, position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 104 }, data: { label: e.name } })
  })
  const edges: Edge[] = data.relations
    .filter((r) => r.states[AS_IS_STATE.id] !== undefined && shown.has(r.source) && shown.has(r.target))
    .map((r) => ({ id: r.id, source: r.source, target: r.target }))
  return { nodes, edges }
}

function BareFlow({ graph }: { readonly graph: Graph }) {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes)
  const [edges, , onEdgesChange] = useEdgesState(graph.edges)
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.1} fitView />
}

const root = document.getElementById('root')
if (!root) throw new Error('bareFlow.html has no #root element')
const asked = Number(new URLSearchParams(window.location.search).get('elements') ?? DEFAULT_ELEMENTS)
const graph = bareGraph(Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_ELEMENTS) : DEFAULT_ELEMENTS)
createRoot(root).render(
  <StrictMode>
    <div style={{ width: '100vw', height: '100vh' }}>
      <BareFlow graph={graph} />
    </div>
  </StrictMode>,
)

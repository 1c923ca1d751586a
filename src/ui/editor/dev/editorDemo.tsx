/// <reference types="vite/client" />
/**
 * A page that opens a project straight into the editor, for the editor's end-to-end test and for
 * working on the editor alone (the app's routing lives elsewhere). Built as a second Vite input,
 * so `npm start` serves it at /src/ui/editor/dev/editorDemo.html.
 *
 * - no parameters: the bundled example project;
 * - `?elements=1000`: a generated project of that many elements with one view showing them all
 *   in a grid, to feel (and measure) a large view.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type * as Y from 'yjs'
import { openProjectText } from '../../../model/file/projectDocument.ts'
import { generateProject } from '../../../model/generate/generateProject.ts'
import type { ProjectData } from '../../../model/project.ts'
import { createProjection } from '../../../model/projection/projection.ts'
import { createDocFromProject } from '../../../model/ydoc/writeProject.ts'
import { localeStore } from '../../i18n/locale.ts'
import { EditorPage } from '../EditorPage.tsx'
import '../../styles.css'

const EXAMPLE = '/examples/kabupaten-contoh.cetakbiru.json'
const MAX_GENERATED = 20_000

async function openExample(): Promise<Y.Doc> {
  const response = await fetch(EXAMPLE, { cache: 'no-cache' })
  if (!response.ok) throw new Error(`${EXAMPLE}: HTTP ${response.status}`)
  const opened = openProjectText(await response.text())
  if (!opened.ok) throw new Error(`${EXAMPLE}: ${opened.errors.map((e) => e.message.en).join('; ')}`)
  return opened.doc
}

/** A generated project whose only view holds every element, in rows of 40. */
function largeProject(elements: number): ProjectData {
  const data = generateProject({ elements, seed: 1 })
  const nodes = data.elements.map((e, i) => ({ element: e.id, x: (i % 40) * 220, y: Math.floor(i / 40) * 104, w: 180, h: 64 }))
  return { ...data, views: [{ id: 'v-semua', name: `Semua elemen (${elements})`, layout: 'custom', nodes }] }
}

async function main(): Promise<void> {
  const root = document.getElementById('root')
  if (!root) throw new Error('editorDemo.html has no #root element')
  document.documentElement.lang = localeStore.getState().locale
  const asked = Number(new URLSearchParams(window.location.search).get('elements'))
  const doc = Number.isInteger(asked) && asked > 0 ? createDocFromProject(largeProject(Math.min(asked, MAX_GENERATED))) : await openExample()
  const projection = createProjection(doc)
  createRoot(root).render(
    <StrictMode>
      <EditorPage doc={doc} store={projection.store} userId="demo-user" />
    </StrictMode>,
  )
}

main().catch((e: unknown) => {
  document.body.textContent = e instanceof Error ? e.message : String(e)
})

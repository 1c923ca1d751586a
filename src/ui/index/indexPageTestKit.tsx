// Shared by the index page's component tests (happy-dom): the example project in a Y.Doc, the
// page rendered on it, and what the analysis says about the document now (the page must agree).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act } from 'react'
import type * as Y from 'yjs'
import { projectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { parseProjectText } from '../../model/file/loadProject.ts'
import type { ProjectData } from '../../model/project.ts'
import { createProjection, readProjectData, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { createScreen, type Screen } from '../properties/testDom.ts'
import { ReadOnlyContext } from '../project/readOnly.ts'
import { IndexPage } from './IndexPage.tsx'

export const USER = 'penilai'

// Under happy-dom import.meta.url is not a file URL; vitest runs from the repository root.
export function example(): ProjectData {
  const loaded = parseProjectText(readFileSync(join(process.cwd(), 'examples/kabupaten-contoh.cetakbiru.json'), 'utf8'))
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  return loaded.data
}

export interface Opened {
  readonly screen: Screen
  readonly doc: Y.Doc
  readonly projection: Projection
  /** The index report of the document as it is now. */
  report(): ReturnType<typeof projectIndexReport>
  data(): ProjectData
  close(): Promise<void>
}

export async function openIndexPage(data: ProjectData, readOnly = false): Promise<Opened> {
  localeStore.setState({ locale: 'id' })
  const doc = createDocFromProject(data)
  const projection = createProjection(doc)
  const screen = createScreen()
  await screen.render(
    <ReadOnlyContext.Provider value={readOnly}>
      <IndexPage doc={doc} store={projection.store} userId={USER} />
    </ReadOnlyContext.Provider>,
  )
  return {
    screen, doc, projection,
    data: () => readProjectData(doc),
    report: () => {
      const d = readProjectData(doc)
      return projectIndexReport(d, generateRoadmap(d).roadmap)
    },
    close: async () => {
      await screen.unmount()
      projection.destroy()
    },
  }
}

/** Ctrl+key on the window, as a user presses it outside any text field. */
export async function ctrlKey(key: string, shiftKey = false): Promise<void> {
  await act(async () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey, bubbles: true, cancelable: true }))
  })
}

/** Lets pending promises (a file read) settle inside act. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
  })
}

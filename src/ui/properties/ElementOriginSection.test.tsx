// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { importArchimate } from '../../io/archimate/importArchimate.ts'
import type { ProjectData } from '../../model/project.ts'
import { createProjection, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { PropertiesPanel } from './PropertiesPanel.tsx'
import { createScreen, type Screen } from './testDom.ts'

let screen: Screen | undefined
let doc: Y.Doc | undefined
let projection: Projection | undefined

function fromArchimate(): ProjectData {
  const r = importArchimate(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/archimate/multilang.xml'), 'utf8'))
  if (!r.ok) throw new Error('fixture does not import')
  return r.data
}

async function open(data: ProjectData, elementId: string): Promise<HTMLElement> {
  doc = createDocFromProject(data)
  projection = createProjection(doc)
  screen = createScreen()
  await screen.render(<PropertiesPanel doc={doc} store={projection.store} elementId={elementId} stateId="asis" userId="ani" />)
  return screen.container
}

const section = (root: HTMLElement): HTMLElement | null => root.querySelector('[data-testid="element-origin"]')
/** `dt: dd` pairs of the section, in order. */
const pairs = (el: HTMLElement): string[] => [...el.querySelectorAll('.props-origin__row')].map((row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`)

afterEach(async () => {
  await screen?.unmount()
  projection?.destroy()
  doc?.destroy()
})

describe('the "Dari ArchiMate" section of the properties panel', () => {
  it('shows, read only, the original ArchiMate type and the foreign properties of an imported element', async () => {
    localeStore.setState({ locale: 'id' })
    const root = await open(fromArchimate(), 'e_app')
    const origin = section(root)!
    expect(origin).not.toBeNull()
    const heading = origin.querySelector('h3')!
    expect(heading.textContent).toBe('Dari ArchiMate')
    expect(origin.getAttribute('aria-labelledby')).toBe(heading.id)
    expect(pairs(origin)).toEqual(['Jenis ArchiMate: ApplicationComponent', 'Owner note: v1'])
    // Nothing to edit here: export gives these back as the file had them.
    expect(origin.querySelectorAll('input, select, textarea, button')).toHaveLength(0)
  })

  it('says so when the element has no foreign properties, and speaks English when asked', async () => {
    localeStore.setState({ locale: 'en' })
    const root = await open(fromArchimate(), 'e_node')
    const origin = section(root)!
    expect(origin.querySelector('h3')!.textContent).toBe('From ArchiMate')
    expect(pairs(origin)).toEqual(['ArchiMate type: Node'])
    expect(origin.textContent).toContain('No other properties from the original file.')
    localeStore.setState({ locale: 'id' })
  })

  it('is absent for an element of the project\'s own', async () => {
    localeStore.setState({ locale: 'id' })
    const root = await open(smallProject(), 'apl-siak')
    expect(root.querySelector('section.props')).not.toBeNull()
    expect(section(root)).toBeNull()
    expect(root.textContent).not.toContain('Dari ArchiMate')
  })
})

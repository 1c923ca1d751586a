// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import type { ProjectData } from '../../model/project.ts'
import { createProjection, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { click, createScreen, type Screen } from '../properties/testDom.ts'
import { ExportMenu } from './ExportMenu.tsx'
import { inThreadRunner, IoRunnerContext } from './ioClient.ts'
import { runIoJob } from './ioJobs.ts'

let screen: Screen | undefined
let projection: Projection | undefined

async function exportArchimateOf(data: ProjectData): Promise<string> {
  const doc = createDocFromProject(data)
  projection = createProjection(doc)
  screen = createScreen()
  await screen.render(
    <IoRunnerContext.Provider value={inThreadRunner(runIoJob)}>
      <ExportMenu doc={doc} store={projection.store} />
    </IoRunnerContext.Provider>,
  )
  const root = screen.container
  await click(root.querySelector('.io-menu__button'))
  const item = [...root.querySelectorAll<HTMLButtonElement>('[role=menuitem]')].find((b) => b.textContent?.startsWith('ArchiMate'))
  await click(item)
  // The in-thread job and the download settle on later ticks.
  await act(async () => {
    for (let i = 0; i < 20 && !root.querySelector('.io-menu__status'); i++) await new Promise((r) => setTimeout(r, 50))
  })
  return root.querySelector('.io-menu__status')?.textContent ?? ''
}

afterEach(async () => {
  await screen?.unmount()
  projection?.destroy()
  vi.restoreAllMocks()
})

describe('ExportMenu', () => {
  it('downloads the ArchiMate file and says beside it when the project\'s interop data could not be used', async () => {
    localeStore.setState({ locale: 'id' })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test')
    const status = await exportArchimateOf({ ...smallProject(), interop: { archimate: { format: 'tidak dikenal' } } })
    expect(status).toMatch(/archimate-\d{4}-\d{2}-\d{2}\.xml diunduh/)
    expect(status).toContain('Data interop.archimate di proyek tidak berbentuk seperti yang diharapkan')
  })

  it('says only that the file was downloaded when there is nothing to warn about', async () => {
    localeStore.setState({ locale: 'id' })
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test')
    const status = await exportArchimateOf(smallProject())
    expect(status).toMatch(/diunduh\.?$/)
    expect(status).not.toContain('interop')
  })
})

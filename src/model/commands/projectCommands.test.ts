import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { readProjectData } from '../projection/projection.ts'
import { localOrigin } from '../origin.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import { renameProject } from './projectCommands.ts'

describe('renameProject', () => {
  const ctx = () => ({ doc: createDocFromProject(smallProject()), origin: localOrigin('u') })

  it('writes the trimmed name into the project map', () => {
    const c = ctx()
    expect(renameProject(c, '  Proyek Baru ')).toEqual({ ok: true, value: undefined })
    expect(readProjectData(c.doc).project.name).toBe('Proyek Baru')
  })

  it('refuses an empty or too long name, in both languages, and changes nothing', () => {
    const c = ctx()
    const empty = renameProject(c, '   ')
    expect(empty.ok).toBe(false)
    if (!empty.ok) expect(empty.error).toEqual({ id: 'Nama proyek wajib diisi', en: 'The project needs a name' })
    expect(renameProject(c, 'x'.repeat(301)).ok).toBe(false)
    expect(readProjectData(c.doc).project.name).toBe('Proyek Kecil')
  })

  it('writes nothing when the name is unchanged', () => {
    const c = ctx()
    let updates = 0
    c.doc.on('update', () => updates++)
    renameProject(c, 'Proyek Kecil')
    expect(updates).toBe(0)
  })
})

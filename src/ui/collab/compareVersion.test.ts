import { describe, expect, it } from 'vitest'
import { createElement, deleteElements, updateElement } from '../../model/commands/elementCommands.ts'
import { emptyProject } from '../../model/emptyProject.ts'
import { localOrigin } from '../../model/origin.ts'
import { readProjectData } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { compareWithVersion } from './compareVersion.ts'

const origin = localOrigin('ani')

describe('comparing a version with now', () => {
  it('finds what was added, renamed and deleted since, through the gap analysis', () => {
    const doc = createDocFromProject(emptyProject({ id: 'p1', name: 'Uji', organization: 'Pemkab', organizationType: 'kabupaten', planStartYear: 2025 }))
    const states = readProjectData(doc).states.map((s) => s.id)
    const add = (name: string): string => {
      const r = createElement({ doc, origin }, { kind: 'aplikasi-khusus', name, states })
      if (!r.ok) throw new Error(r.error.en)
      return r.value
    }
    const kept = add('SIMPEG')
    const renamed = add('e-Office')
    const gone = add('SIMDA')
    const version = readProjectData(doc)
    add('SRIKANDI')
    updateElement({ doc, origin }, renamed, { name: 'e-Office 2.0' })
    deleteElements({ doc, origin }, [gone])

    const gap = compareWithVersion(version, readProjectData(doc), states[0]!)
    const by = (id: string) => gap.changes.find((c) => c.id === id)
    expect(gap.summary.byChange).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 1 })
    expect(by(kept)?.change).toBe('unchanged')
    expect(by(gone)?.change).toBe('removed')
    expect(by(renamed)?.fields).toEqual([{ field: 'name', before: 'e-Office', after: 'e-Office 2.0' }])
    expect(gap.changes.find((c) => c.type === 'element' && c.name === 'SRIKANDI')?.change).toBe('added')
    doc.destroy()
  })
})

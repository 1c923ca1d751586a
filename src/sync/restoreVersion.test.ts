import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createElement, deleteElements, updateElement } from '../model/commands/elementCommands.ts'
import { emptyProject } from '../model/emptyProject.ts'
import { localOrigin } from '../model/origin.ts'
import { readProjectData } from '../model/projection/projection.ts'
import { createDocFromProject } from '../model/ydoc/writeProject.ts'
import { restoreVersion } from './restoreVersion.ts'

const ani = { doc: undefined as unknown as Y.Doc, origin: localOrigin('ani') }

function add(doc: Y.Doc, name: string): string {
  const states = readProjectData(doc).states.map((s) => s.id)
  const r = createElement({ ...ani, doc }, { kind: 'aplikasi-khusus', name, states })
  if (!r.ok) throw new Error(r.error.en)
  return r.value
}

const names = (doc: Y.Doc): string[] => readProjectData(doc).elements.map((e) => e.name).sort()

describe('restoring a version', () => {
  it('brings the content back as a new change that a second replica receives like any edit', () => {
    const doc = createDocFromProject(emptyProject({ id: 'p1', name: 'Uji', organization: 'Pemkab', organizationType: 'kabupaten', planStartYear: 2025 }))
    const keep = add(doc, 'SIMPEG')
    const renamed = add(doc, 'e-Office')
    const version = Y.encodeStateAsUpdate(doc)
    const before = readProjectData(doc)

    // After the workshop: one added, one renamed, one deleted.
    add(doc, 'Baru setelah versi')
    updateElement({ ...ani, doc }, renamed, { name: 'e-Office 2.0' })
    deleteElements({ ...ani, doc }, [keep])
    const replica = new Y.Doc()
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
    const vectorBefore = Y.encodeStateVector(doc)

    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array, origin: unknown) => origin === ani.origin && updates.push(u))
    restoreVersion(doc, version, ani.origin)

    expect(names(doc)).toEqual(['SIMPEG', 'e-Office'])
    expect(readProjectData(doc).elements).toEqual(before.elements)
    // A new change: the state vector moved on, and it went out as one update with the user's origin.
    expect(Y.encodeStateVector(doc)).not.toEqual(vectorBefore)
    expect(updates).toHaveLength(1)
    Y.applyUpdate(replica, updates[0]!)
    expect(names(replica)).toEqual(['SIMPEG', 'e-Office'])
  })
})

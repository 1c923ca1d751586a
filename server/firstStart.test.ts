// @vitest-environment node
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { verifyToken } from './auth/tokens.ts'
import { ensureOwner, signInLink } from './firstStart.ts'
import { MemoryStorage } from './storage/memoryStorage.ts'

const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url))

describe('first start', () => {
  it('creates the owner once, imports the example for them, and signs a session link', async () => {
    const storage = new MemoryStorage()
    const lines: string[] = []
    const first = await ensureOwner(storage, EXAMPLES, (l) => lines.push(l))
    expect(first.created).toBe(true)
    expect(first.owner.admin).toBe(true)
    expect(first.importedExample).toBe('kabupaten-sukamaju')
    const room = await storage.loadRoom('kabupaten-sukamaju')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, room.state!)
    expect(doc.getMap('project').get('id')).toBe('kabupaten-sukamaju')
    expect(doc.getMap('elements').size).toBeGreaterThan(10)

    const second = await ensureOwner(storage, EXAMPLES, (l) => lines.push(l))
    expect(second).toEqual({ owner: first.owner, created: false })
    expect(lines).toEqual([])

    const secret = new Uint8Array(32).fill(3)
    const link = await signInLink('http://localhost:8080', secret, first.owner)
    const [base, token] = link.split('#token=')
    expect(base).toBe('http://localhost:8080/')
    expect(await verifyToken(secret, token)).toMatchObject({ sub: first.owner.id, prj: '*', role: 'owner' })
  })

  it('says why when the example cannot be loaded, and still starts', async () => {
    const lines: string[] = []
    const start = await ensureOwner(new MemoryStorage(), join(EXAMPLES, 'tidak-ada'), (l) => lines.push(l))
    expect(start.created).toBe(true)
    expect(start.importedExample).toBeUndefined()
    expect(lines.join('\n')).toContain('not loaded')
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020.js'
import type { CatalogueExtension } from '../project.ts'
import { buildFromSharedFile, OUTPUT_PATH } from '../../../scripts/build-catalogue.ts'
import { catalogueWithExtensions, nationalCatalogue, type CatalogueEntry } from './catalogue.ts'

const SCHEMA_PATH = fileURLToPath(new URL('../../../schemas/reference-catalogue.schema.json', import.meta.url))
const committedText = readFileSync(OUTPUT_PATH, 'utf8')

describe('spbe-catalogue.json', () => {
  it('validates against its schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object)
    const ok = validate(JSON.parse(committedText))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  // The shared facts live outside the repository; where they are absent there is nothing to rebuild from.
  it('is exactly what scripts/build-catalogue.ts generates from the shared facts', () => {
    expect(buildFromSharedFile()).toBe(committedText)
  })
})

describe('nationalCatalogue', () => {
  const cat = nationalCatalogue()

  it('is memoised', () => {
    expect(nationalCatalogue()).toBe(cat)
  })

  it('has the six architectures as roots, in domain order', () => {
    expect(cat.children().map((e) => e.code)).toEqual(['RAB', 'RAD', 'RAL', 'RAA', 'RAI', 'RAK'])
    for (const root of cat.children()) {
      expect(root.level).toBe(0)
      expect(root.parent).toBeUndefined()
    }
  })

  it('gives every other entry an existing parent one level up, in the same architecture', () => {
    for (const e of cat.entries()) {
      if (e.level === 0) continue
      const parent = cat.get(e.parent ?? '')
      expect(parent, e.code).toBeDefined()
      expect(e.level, e.code).toBe(parent!.level + 1)
      expect(e.referenceArchitecture, e.code).toBe(parent!.referenceArchitecture)
      expect(e.code.startsWith(parent!.code + '.'), e.code).toBe(true)
      expect(cat.children(parent!.code)).toContain(e)
    }
  })

  it('keeps confirmed codes with their source confidence', () => {
    expect(cat.get('RAA.01.01')).toMatchObject({ name: 'Aplikasi Umum Layanan Publik', confidence: 'R', level: 2, parent: 'RAA.01' })
    expect(cat.get('RAA.01.01')?.codeInferred).toBeUndefined()
    expect(cat.get('RAL.01.01')).toMatchObject({ name: 'Pertahanan', confidence: 'R' })
    expect(cat.get('RAL.01.01')?.codeInferred).toBeUndefined()
    expect(cat.get('RAB.01.02')).toMatchObject({ name: 'Hubungan Luar Negeri', altName: 'Urusan Luar Negeri' })
    expect(cat.get('RAB.06.04')?.note).toMatch(/shifts/)
  })

  it('marks codes the source did not give as inferred, with confidence U', () => {
    expect(cat.get('RAI.01')).toMatchObject({ name: 'Fasilitas Komputasi', confidence: 'U', codeInferred: true })
    expect(cat.get('RAI.01.01')).toMatchObject({ name: 'Pusat Data Nasional', confidence: 'U', codeInferred: true })
    expect(cat.get('RAL.01.02')).toMatchObject({ name: 'Urusan Luar Negeri', confidence: 'U', codeInferred: true })
    expect(cat.get('RAD.10.01')).toMatchObject({ name: 'Data Kebijakan Pemerintah', confidence: 'U', codeInferred: true })
    expect(cat.get('RAK.03')).toMatchObject({ name: 'Kelaikan Keamanan', confidence: 'U', codeInferred: true })
    for (const e of cat.entries()) if (e.codeInferred) expect(e.confidence, e.code).toBe('U')
  })

  it('keeps RAB level-3 examples, flagged as examples', () => {
    const e = cat.get('RAB.01.01.01')
    expect(e).toMatchObject({ name: 'Strategi Pertahanan', level: 3, confidence: 'R' })
    expect(e?.note).toMatch(/example/i)
  })

  it('answers has/get/children for unknown codes without throwing', () => {
    expect(cat.has('RAB.99')).toBe(false)
    expect(cat.get('RAB.99')).toBeUndefined()
    expect(cat.children('RAB.99')).toEqual([])
  })

  it('searches code and name case-insensitively', () => {
    expect(cat.search('kesehatan').map((e) => e.code)).toContain('RAB.04.01')
    expect(cat.search('KESEHATAN')[0]?.code).toBe('RAB.04.01')
    expect(cat.search('rab.04')[0]?.code).toBe('RAB.04')
    expect(cat.search('data kebijakan').map((e) => e.code)).toEqual(['RAD.10.01'])
    expect(cat.search('srikandi')).toEqual([])
    expect(cat.search('a', 3)).toHaveLength(3)
  })
})

describe('catalogueWithExtensions', () => {
  const base = nationalCatalogue()
  const ext = (code: string, parent: string, name = 'Lokal'): CatalogueExtension => ({ code, parent, name })

  /** A chain of valid local levels 4..depth under RAB.01.01.01, one of the few national level-3 codes. */
  function chain(depth: number): CatalogueExtension[] {
    const out: CatalogueExtension[] = []
    let parent = 'RAB.01.01.01'
    for (let level = 4; level <= depth; level++) {
      const code = `${parent}.01`
      out.push(ext(code, parent, `Level ${level}`))
      parent = code
    }
    return out
  }

  function expectBilingualNaming(message: { id: string; en: string }, code: string): void {
    expect(message.id).toContain(code)
    expect(message.en).toContain(code)
    expect(message.id).not.toBe(message.en)
  }

  it('accepts a level-4 extension under a level-3 code and makes it retrievable', () => {
    const { catalogue, problems } = catalogueWithExtensions(base, [ext('RAB.01.01.01.01', 'RAB.01.01.01', 'Doktrin Pertahanan Daerah')])
    expect(problems).toEqual([])
    const e: CatalogueEntry | undefined = catalogue.get('RAB.01.01.01.01')
    expect(e).toMatchObject({ name: 'Doktrin Pertahanan Daerah', level: 4, parent: 'RAB.01.01.01', referenceArchitecture: 'RAB', local: true, confidence: 'R' })
    expect(catalogue.children('RAB.01.01.01').map((c) => c.code)).toEqual(['RAB.01.01.01.01'])
    expect(catalogue.search('doktrin').map((c) => c.code)).toEqual(['RAB.01.01.01.01'])
    // The national catalogue itself is untouched.
    expect(base.has('RAB.01.01.01.01')).toBe(false)
    // Depth-first order puts the local entry right after its parent's subtree start.
    const codes = catalogue.entries().map((c) => c.code)
    expect(codes.indexOf('RAB.01.01.01.01')).toBe(codes.indexOf('RAB.01.01.01') + 1)
  })

  it('accepts chains down to level 7, whatever order they are listed in', () => {
    const { catalogue, problems } = catalogueWithExtensions(base, chain(7).reverse())
    expect(problems).toEqual([])
    expect(catalogue.get('RAB.01.01.01.01.01.01.01')?.level).toBe(7)
  })

  it('refuses a missing parent', () => {
    const { catalogue, problems } = catalogueWithExtensions(base, [ext('RAB.09.02.01.01', 'RAB.09.02.01')])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ index: 0, field: 'parent' })
    expect(problems[0]!.message).toEqual({
      id: 'Kode induk RAB.09.02.01 tidak ada di katalog',
      en: 'Parent code RAB.09.02.01 is not in the catalogue',
    })
    expect(catalogue.has('RAB.09.02.01.01')).toBe(false)
  })

  it('refuses a code that is not the parent code plus one segment', () => {
    for (const code of ['RAB.01.01.02.01', 'RAB.01.01.01.01.01', 'RAB.01.01.01.1', 'RAB.01.01.01']) {
      const { catalogue, problems } = catalogueWithExtensions(base, [ext(code, 'RAB.01.01.01')])
      expect(problems.map((p) => p.field), code).toContain('code')
      expectBilingualNaming(problems.find((p) => p.field === 'code')!.message, code)
      if (code !== 'RAB.01.01.01') expect(catalogue.has(code)).toBe(false)
    }
  })

  it('refuses levels beyond 7 and national levels 1 to 3', () => {
    const tooDeep = [...chain(7), ext('RAB.01.01.01.01.01.01.01.01', 'RAB.01.01.01.01.01.01.01')]
    const deep = catalogueWithExtensions(base, tooDeep)
    expect(deep.problems).toHaveLength(1)
    expect(deep.problems[0]).toMatchObject({ index: 4, field: 'parent' })
    expectBilingualNaming(deep.problems[0]!.message, 'RAB.01.01.01.01.01.01.01.01')
    expect(deep.problems[0]!.message.en).toMatch(/level 8/)

    // RAB.09.02 is level 2: a child there would be level 3, which is national.
    const shallow = catalogueWithExtensions(base, [ext('RAB.09.02.01', 'RAB.09.02')])
    expect(shallow.problems).toHaveLength(1)
    expectBilingualNaming(shallow.problems[0]!.message, 'RAB.09.02.01')
    expect(shallow.catalogue.has('RAB.09.02.01')).toBe(false)
  })

  it('refuses redefining a national code or another extension', () => {
    const national = catalogueWithExtensions(base, [ext('RAB.01.01.01', 'RAB.01.01', 'Ganti nama')])
    const redefined = national.problems.find((p) => p.field === 'code')
    expect(redefined).toBeDefined()
    expectBilingualNaming(redefined!.message, 'RAB.01.01.01')
    expect(national.catalogue.get('RAB.01.01.01')?.name).toBe('Strategi Pertahanan')

    const twice = catalogueWithExtensions(base, [
      ext('RAB.01.01.01.01', 'RAB.01.01.01', 'Pertama'),
      ext('RAB.01.01.01.01', 'RAB.01.01.01', 'Kedua'),
    ])
    expect(twice.problems).toHaveLength(1)
    expect(twice.problems[0]).toMatchObject({ index: 1, field: 'code' })
    expectBilingualNaming(twice.problems[0]!.message, 'RAB.01.01.01.01')
    expect(twice.catalogue.get('RAB.01.01.01.01')?.name).toBe('Pertama')
  })

  it('refuses children of a refused extension and keeps the valid ones', () => {
    const { catalogue, problems } = catalogueWithExtensions(base, [
      ext('RAB.01.01.01.01', 'RAB.01.01.01'),
      ext('RAB.09.02.01.01', 'RAB.09.02.01'),
      ext('RAB.09.02.01.01.01', 'RAB.09.02.01.01'),
    ])
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'parent'],
      [2, 'parent'],
    ])
    expect(catalogue.has('RAB.01.01.01.01')).toBe(true)
  })

  it('handles many extensions without slowing lookups', () => {
    const many: CatalogueExtension[] = []
    for (let i = 1; i <= 99; i++) {
      const l4 = `RAB.01.01.01.${String(i).padStart(2, '0')}`
      many.push(ext(l4, 'RAB.01.01.01'))
      for (let j = 1; j <= 99; j++) many.push(ext(`${l4}.${String(j).padStart(2, '0')}`, l4))
    }
    const { catalogue, problems } = catalogueWithExtensions(base, many)
    expect(problems).toEqual([])
    expect(catalogue.entries()).toHaveLength(base.entries().length + many.length)
    expect(catalogue.get('RAB.01.01.01.50.50')?.level).toBe(5)
  })
})

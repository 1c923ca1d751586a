import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { generatedValidatorFiles, PROJECT_VALIDATOR_OPTIONS } from '../scripts/validatorFiles.ts'
import validateProjectSchema from '../src/model/file/generated/projectValidator.js'
import { buildProjectSchema } from '../src/model/file/projectSchema.ts'
import { serializeProject } from '../src/model/file/serialize.ts'
import { generateProject } from '../src/model/generate/generateProject.ts'

const root = join(import.meta.dirname, '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const files = generatedValidatorFiles()

describe('precompiled validators', () => {
  it.each(Object.keys(files))('%s is up to date with the metamodel (run `npm run gen`)', (path) => {
    // Compared as a boolean first: a megabyte of diff helps nobody; the fix is `npm run gen`.
    expect(read(path) === files[path]).toBe(true)
  })

  it('never compiles code at run time (the served CSP has no unsafe-eval)', () => {
    const code = read('src/model/file/generated/projectValidator.js')
    expect(code.match(/new Function|\beval\(|\brequire\(/)?.[0]).toBeUndefined()
  })

  it('reports exactly what Ajv compiling the schema at run time reports', () => {
    const runtime = new Ajv2020(PROJECT_VALIDATOR_OPTIONS).compile(buildProjectSchema())
    const good = JSON.parse(read('examples/kabupaten-contoh.cetakbiru.json')) as { elements: { name: unknown; kind: unknown; attrs: Record<string, unknown> }[]; opd: unknown }
    const bad = structuredClone(good)
    bad.elements[0]!.attrs.unknownField = 1
    bad.elements[1]!.name = 'x'.repeat(400)
    bad.elements[2]!.kind = 'aplikasi-palsu'
    bad.opd = 'none'
    const generated = JSON.parse(serializeProject(generateProject({ elements: 200, seed: 5, states: 3 }))) as unknown
    for (const value of [good, bad, generated]) {
      expect(validateProjectSchema(value)).toBe(runtime(value))
      expect(validateProjectSchema.errors ?? null).toEqual(runtime.errors ?? null)
    }
    expect(validateProjectSchema(bad)).toBe(false)
    expect(validateProjectSchema.errors?.length).toBeGreaterThan(3)
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { generatedSchemaFiles } from '../scripts/schemaFiles.ts'
import { generateProject } from '../src/model/generate/generateProject.ts'
import { serializeProject } from '../src/model/file/serialize.ts'

const root = join(import.meta.dirname, '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')

describe('published schemas', () => {
  it.each(Object.keys(generatedSchemaFiles()))('%s is up to date with the metamodel (run `npm run gen`)', (path) => {
    expect(read(path)).toBe(generatedSchemaFiles()[path])
  })

  it('accepts the example and generated projects with a plain JSON Schema validator', () => {
    // No Cetakbiru options: `discriminator` is then an annotation and oneOf decides alone,
    // as it would for any other tool reading schemas/project.schema.json.
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(read('schemas/project.schema.json')) as object)
    expect(validate(JSON.parse(read('examples/kabupaten-contoh.cetakbiru.json'))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(validate(JSON.parse(serializeProject(generateProject({ elements: 300, seed: 3, states: 3 }))))).toBe(true)
    const bad = JSON.parse(read('examples/kabupaten-contoh.cetakbiru.json')) as { elements: { attrs: Record<string, unknown> }[] }
    bad.elements[0]!.attrs.unknownField = 1
    expect(validate(bad)).toBe(false)
  })
})

/**
 * Writes the example project examples/kabupaten-contoh.cetakbiru.json from its source tables in
 * scripts/example/kabupatenContoh.ts. The file is generated, never edited by hand: the test
 * suite rebuilds it and compares byte for byte.
 *
 *   npx tsx scripts/build-example.ts
 */
import { writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serializeProject } from '../src/model/file/serialize.ts'
import { buildKabupatenContoh } from './example/kabupatenContoh.ts'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const EXAMPLE_PATH = resolve(REPO_ROOT, 'examples/kabupaten-contoh.cetakbiru.json')

const project = buildKabupatenContoh()
writeFileSync(EXAMPLE_PATH, serializeProject(project))
console.log(
  `${relative(process.cwd(), EXAMPLE_PATH)}: ${project.elements.length} elements, ${project.relations.length} relations, ${project.opd.length} OPD`,
)

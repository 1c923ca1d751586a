/**
 * Precompiles the project-file validator with Ajv's standalone code generation into
 * src/model/file/generated/: the app then validates files without compiling code at run time,
 * which lets the served Content-Security-Policy leave out 'unsafe-eval'. tests/validators.test.ts
 * fails when the committed module is stale, so run `npm run gen` after changing the metamodel.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedValidatorFiles } from './validatorFiles.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const [path, text] of Object.entries(generatedValidatorFiles())) {
  writeFileSync(join(root, path), text)
  console.log(`ditulis / written: ${path}`)
}

/**
 * Publishes the metamodel: schemas/project.schema.json (the file format), schemas/metamodel.json
 * (the metamodel as data for other tools) and docs/metamodel.md (the tables people read).
 * Everything is generated from src/model/metamodel; tests/schemas.test.ts fails when a committed
 * copy is stale, so run `npm run gen` after changing the metamodel.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generatedSchemaFiles } from './schemaFiles.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const [path, text] of Object.entries(generatedSchemaFiles())) {
  writeFileSync(join(root, path), text)
  console.log(`ditulis / written: ${path}`)
}

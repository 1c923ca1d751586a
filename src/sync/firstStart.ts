import { importProjectText, type ImportResult } from './localProjects.ts'
import { storageError } from './localProjectError.ts'
import { projectDatabase } from './projectDatabase.ts'

const EXAMPLE_OFFERED = 'exampleOffered'

let seeding: Promise<ImportResult | undefined> | undefined

/**
 * On the very first start of this browser's store (no project ever stored, example never
 * offered) imports the example project and returns the result; afterwards returns undefined,
 * also when the person later deletes every project. Concurrent calls share one import.
 * A failed fetch or a refused file is not remembered, so the next start tries again.
 */
export function seedExampleOnFirstStart(loadExample: () => Promise<string>): Promise<ImportResult | undefined> {
  seeding ??= seed(loadExample).finally(() => {
    seeding = undefined
  })
  return seeding
}

async function seed(loadExample: () => Promise<string>): Promise<ImportResult | undefined> {
  const db = projectDatabase()
  try {
    if (await db.meta.get(EXAMPLE_OFFERED)) return undefined
    if ((await db.updates.count()) > 0) {
      await db.meta.put({ key: EXAMPLE_OFFERED, value: true })
      return undefined
    }
  } catch (e) {
    throw storageError(e)
  }
  const result = await importProjectText(await loadExample())
  if (result.ok) await db.meta.put({ key: EXAMPLE_OFFERED, value: true }).catch(() => {})
  return result
}

import { LIMITS } from '../file/projectSchema.ts'
import { fail, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'

/** Renames the project: the `name` field of the Y.Doc's `project` map. */
export function renameProject(ctx: CommandContext, name: string): CommandResult {
  const trimmed = name.trim()
  if (!trimmed) return fail('Nama proyek wajib diisi', 'The project needs a name')
  if (trimmed.length > LIMITS.nameLength) {
    return fail(`Nama proyek terlalu panjang (batas ${LIMITS.nameLength} karakter)`, `The project name is too long (limit ${LIMITS.nameLength} characters)`)
  }
  return run(ctx, (r) => {
    if (r.project.get('name') !== trimmed) r.project.set('name', trimmed)
    return ok(undefined)
  })
}

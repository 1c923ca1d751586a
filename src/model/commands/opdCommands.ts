import type { Opd } from '../project.ts'
import { setFields } from '../ydoc/docSchema.ts'
import { newRecordMap } from '../ydoc/records.ts'
import { fail, newId, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'

export function addOpd(ctx: CommandContext, input: Omit<Opd, 'id'>): CommandResult<string> {
  if (!input.name.trim() || !input.code.trim()) return fail('Kode dan nama perangkat daerah wajib diisi', 'The OPD needs a code and a name')
  return run(ctx, (r) => {
    let clash = false
    r.opd.forEach((m) => {
      if (m.get('code') === input.code.trim()) clash = true
    })
    if (clash) return fail(`Kode perangkat daerah "${input.code}" sudah dipakai`, `OPD code "${input.code}" is already used`)
    const id = newId(ctx, 'o')
    const map = newRecordMap()
    r.opd.set(id, map)
    setFields(map, { code: input.code.trim(), name: input.name.trim(), shortName: input.shortName.trim() || input.name.trim() })
    return ok(id)
  })
}

export function updateOpd(ctx: CommandContext, id: string, fields: Partial<Omit<Opd, 'id'>>): CommandResult {
  return run(ctx, (r) => {
    const map = r.opd.get(id)
    if (!map) return fail('Perangkat daerah itu tidak ada lagi', 'That OPD no longer exists')
    setFields(map, fields)
    return ok(undefined)
  })
}

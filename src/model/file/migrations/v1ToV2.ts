/**
 * Version 1 was the two-state draft format: no `states` list, and each element or relation said
 * `asIs: true` / `toBe: true`, with `toBeStatus` and `toBeAttrs` for the target. Version 2 has an
 * ordered list of states and a membership record per state, and adds `catalogueExtensions`.
 */
type Json = Record<string, unknown>

function membership(record: Json): Json {
  const states: Json = {}
  if (record.asIs === true) states.asis = {}
  if (record.toBe === true) {
    const target: Json = {}
    if (typeof record.toBeStatus === 'string') target.status = record.toBeStatus
    if (record.toBeAttrs && typeof record.toBeAttrs === 'object' && Object.keys(record.toBeAttrs).length > 0) target.attrs = record.toBeAttrs
    states.target = target
  }
  const { asIs: _a, toBe: _t, toBeStatus: _s, toBeAttrs: _x, ...rest } = record
  return { ...rest, states }
}

export function v1ToV2(file: Json): Json {
  const plan = (file.plan ?? {}) as Json
  const endYear = typeof plan.startYear === 'number' && typeof plan.years === 'number' ? plan.startYear + plan.years - 1 : undefined
  return {
    ...file,
    schemaVersion: 2,
    states: [
      { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' },
      endYear === undefined ? { id: 'target', name: 'Kondisi Target', role: 'target' } : { id: 'target', name: 'Kondisi Target', role: 'target', year: endYear },
    ],
    elements: Array.isArray(file.elements) ? file.elements.map((e) => (e && typeof e === 'object' ? membership(e as Json) : e)) : file.elements,
    relations: Array.isArray(file.relations) ? file.relations.map((r) => (r && typeof r === 'object' ? membership(r as Json) : r)) : file.relations,
    catalogueExtensions: file.catalogueExtensions ?? [],
  }
}

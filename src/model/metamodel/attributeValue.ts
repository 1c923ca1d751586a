import { msg, type Message } from '../message.ts'
import type { AttributeValue } from '../project.ts'
import type { AttributeDef } from './types.ts'

export const MAX_TEXT_LENGTH = 4000

const enumValues = new WeakMap<AttributeDef, ReadonlySet<string>>()
function allowedValues(def: AttributeDef & { type: 'enum' }): ReadonlySet<string> {
  let set = enumValues.get(def)
  if (!set) enumValues.set(def, (set = new Set(def.options.map((o) => o.value))))
  return set
}

/** Why a value does not fit an attribute definition, or undefined when it does. */
export function attributeValueProblem(def: AttributeDef, value: AttributeValue): Message | undefined {
  switch (def.type) {
    case 'text':
      if (typeof value !== 'string') return msg('harus berupa teks', 'must be text')
      if (value.length > (def.maxLength ?? MAX_TEXT_LENGTH)) {
        const max = def.maxLength ?? MAX_TEXT_LENGTH
        return msg(`paling panjang ${max} karakter`, `at most ${max} characters`)
      }
      return undefined
    case 'enum':
      if (typeof value !== 'string' || !allowedValues(def).has(value)) {
        const allowed = def.options.map((o) => o.value).join(', ')
        return msg(`harus salah satu dari: ${allowed}`, `must be one of: ${allowed}`)
      }
      return undefined
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return msg('harus berupa angka', 'must be a number')
      if (def.integer && !Number.isInteger(value)) return msg('harus bilangan bulat', 'must be a whole number')
      if (def.min !== undefined && value < def.min) return msg(`paling kecil ${def.min}`, `at least ${def.min}`)
      return undefined
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        return msg('harus tanggal dengan format TTTT-BB-HH', 'must be a date formatted YYYY-MM-DD')
      }
      return undefined
    case 'boolean':
      return typeof value === 'boolean' ? undefined : msg('harus ya/tidak (true/false)', 'must be true or false')
    case 'reference':
      return typeof value === 'string' && value.length > 0 ? undefined : msg('harus berisi id rujukan', 'must hold a reference id')
  }
}

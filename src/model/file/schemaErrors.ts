import type { ErrorObject } from 'ajv'
import { jsonPointerToPath, loadError, type LoadError } from './loadError.ts'

/** Turns Ajv's errors into bilingual messages a Pemda staff member can act on. */
export function describeSchemaErrors(errors: readonly ErrorObject[], max = 50): LoadError[] {
  const out: LoadError[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    // A bad `kind` is already reported by its enum, with the known kinds listed.
    if (e.keyword === 'discriminator') continue
    const path = jsonPointerToPath(e.instancePath)
    const described = describe(e, path)
    const key = `${described.path}|${described.message.en}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(described)
    if (out.length >= max) break
  }
  return out
}

function describe(e: ErrorObject, path: string): LoadError {
  const p = e.params as Record<string, unknown>
  const field = path.split(/[.[]/).pop() ?? path
  switch (e.keyword) {
    case 'required':
      return loadError(path, `kolom "${String(p.missingProperty)}" wajib ada`, `field "${String(p.missingProperty)}" is required`)
    case 'additionalProperties':
      return loadError(path, `kolom "${String(p.additionalProperty)}" tidak dikenal di sini`, `field "${String(p.additionalProperty)}" is not expected here`)
    case 'type':
      return loadError(path, `harus bertipe ${typeName(String(p.type), 'id')}`, `must be ${typeName(String(p.type), 'en')}`)
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String)
      const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, ...` : allowed.join(', ')
      if (field === 'kind') return loadError(path, `jenis tidak dikenal; yang dikenal: ${list}`, `unknown kind; known kinds: ${list}`)
      return loadError(path, `nilai harus salah satu dari: ${list}`, `value must be one of: ${list}`)
    }
    case 'const':
      return loadError(path, `nilai harus ${JSON.stringify(p.allowedValue)}`, `value must be ${JSON.stringify(p.allowedValue)}`)
    case 'maxLength':
      return loadError(path, `teks terlalu panjang (paling banyak ${String(p.limit)} karakter)`, `text too long (at most ${String(p.limit)} characters)`)
    case 'minLength':
      return loadError(path, 'tidak boleh kosong', 'must not be empty')
    case 'pattern':
      return loadError(path, `format tidak sesuai (pola ${String(p.pattern)})`, `wrong format (pattern ${String(p.pattern)})`)
    case 'minimum':
    case 'maximum':
      return loadError(path, `angka harus ${String(p.comparison)} ${String(p.limit)}`, `number must be ${String(p.comparison)} ${String(p.limit)}`)
    case 'minItems':
      return loadError(path, `paling sedikit ${String(p.limit)} butir`, `at least ${String(p.limit)} items`)
    case 'propertyNames':
      return loadError(path, `nama kunci "${String(p.propertyName)}" tidak sah`, `key "${String(p.propertyName)}" is not valid`)
    default:
      return loadError(path, `tidak sesuai skema (${e.keyword})`, `does not match the schema (${e.keyword}): ${e.message ?? ''}`.trim())
  }
}

function typeName(t: string, lang: 'id' | 'en'): string {
  const names: Record<string, [string, string]> = {
    string: ['teks', 'a string'], number: ['angka', 'a number'], integer: ['bilangan bulat', 'an integer'],
    object: ['objek', 'an object'], array: ['daftar (array)', 'an array'], boolean: ['true/false', 'a boolean'],
  }
  const n = names[t]
  return n ? n[lang === 'id' ? 0 : 1] : t
}

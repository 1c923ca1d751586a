import type { ElementKind } from '../../model/metamodel/types.ts'
import { normalizeText } from './normalize.ts'

/** The element fields a column can fill besides the kind's attributes. */
export const CORE_FIELDS = ['id', 'name', 'code', 'description', 'ownerOpd', 'kind', 'refCodes'] as const
export type CoreField = (typeof CORE_FIELDS)[number]

/** A column's destination: a core field, or `attr:<name>` for an attribute of the kind. */
export type FieldTarget = CoreField | `attr:${string}`

/**
 * Header names Pemda inventories (SIA-SPBE exports, Diskominfo spreadsheets) and English ones
 * use for the core fields, compared after normalizeText. The entity words are part of names
 * ("Nama Aplikasi", "Nama Layanan") because headers usually say what the sheet lists.
 */
const ENTITIES = ['aplikasi', 'layanan', 'data', 'server', 'perangkat', 'proses', 'proses bisnis', 'sistem', 'infrastruktur', 'elemen', 'application', 'service', 'system', 'element', 'process', 'dataset']
const SYNONYMS: Readonly<Record<CoreField, readonly string[]>> = {
  id: ['id', 'id cetakbiru', 'cetakbiru id', 'element id'],
  name: ['nama', 'name', 'judul', 'title', ...ENTITIES.flatMap((e) => [`nama ${e}`, `${e} name`, e === 'application' ? 'app name' : ''])].filter(Boolean),
  code: ['kode', 'code', 'kode elemen', 'id elemen', ...ENTITIES.flatMap((e) => [`kode ${e}`, `${e} code`])],
  description: ['deskripsi', 'keterangan', 'uraian', 'penjelasan', 'description', 'documentation', 'dokumentasi', 'notes', 'catatan', ...ENTITIES.map((e) => `deskripsi ${e}`)],
  ownerOpd: [
    'opd', 'perangkat daerah', 'pemilik', 'opd pemilik', 'pemilik aplikasi', 'pemilik data', 'owner', 'owner opd', 'owning agency', 'agency',
    'unit kerja', 'skpd', 'instansi', 'instansi pemilik', 'organisasi', 'organization', 'organisation', 'opd pengelola', 'pengelola', 'unit pengelola',
  ],
  kind: ['jenis', 'kind', 'type', 'kategori', 'category', ...ENTITIES.flatMap((e) => [`jenis ${e}`, `${e} type`])],
  refCodes: ['kode referensi', 'referensi', 'reference code', 'reference codes', 'ref code', 'kode ra', 'kode rab', 'kode rad', 'kode ral', 'kode raa', 'kode rai', 'kode rak'],
}

const synonymIndex = new Map<string, CoreField>()
for (const field of CORE_FIELDS) for (const s of SYNONYMS[field]) if (!synonymIndex.has(s)) synonymIndex.set(s, field)

/**
 * The field a header names, or undefined. Attribute names and labels (both languages) of the
 * given kinds come first, so "Tipe lisensi" is an attribute and not the element kind.
 */
export function fieldForName(name: string, kinds: readonly ElementKind[]): FieldTarget | undefined {
  const key = normalizeText(name)
  if (!key) return undefined
  for (const kind of kinds) {
    for (const a of kind.attributes) {
      if (normalizeText(a.name) === key || normalizeText(a.label.id) === key || normalizeText(a.label.en) === key) return `attr:${a.name}`
    }
  }
  const core = synonymIndex.get(key)
  if (core) return core
  // "Nama Aplikasi/Sistem Informasi", "Application name (short)": a name column by its first word.
  const first = key.split(' ')[0]
  if (first === 'nama' || (first === 'name' && key.split(' ').length <= 3)) return 'name'
  return undefined
}

export function attributeOf(target: FieldTarget): string | undefined {
  return target.startsWith('attr:') ? target.slice(5) : undefined
}

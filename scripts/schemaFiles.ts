import { DOMAINS, ELEMENT_KINDS, RELATION_KINDS } from '../src/model/metamodel/metamodel.ts'
import type { AttributeDef } from '../src/model/metamodel/types.ts'
import { buildProjectSchema } from '../src/model/file/projectSchema.ts'
import { CURRENT_SCHEMA_VERSION } from '../src/model/file/schemaVersion.ts'

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'

/** Repository path -> content of every file generated from the metamodel. */
export function generatedSchemaFiles(): Record<string, string> {
  return {
    'schemas/project.schema.json': json(buildProjectSchema()),
    'schemas/metamodel.json': json({
      $comment: 'Generated from src/model/metamodel by scripts/build-schemas.ts; do not edit by hand.',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      domains: DOMAINS,
      elementKinds: ELEMENT_KINDS,
      relationKinds: RELATION_KINDS,
    }),
    'docs/metamodel.md': metamodelMarkdown(),
  }
}

function attributeType(a: AttributeDef): string {
  switch (a.type) {
    case 'enum':
      return `pilihan: ${a.options.map((o) => `\`${o.value}\``).join(', ')}`
    case 'reference':
      return a.target === 'opd' ? 'rujukan OPD' : `rujukan ${a.target.elementKinds.map((k) => `\`${k}\``).join(', ')}`
    case 'number':
      return a.integer ? 'bilangan bulat' : 'angka'
    case 'text':
      return 'teks'
    case 'date':
      return 'tanggal'
    case 'boolean':
      return 'ya/tidak'
  }
}

function metamodelMarkdown(): string {
  const lines: string[] = [
    '# Metamodel Cetakbiru',
    '',
    '<!-- Generated from src/model/metamodel by `npm run gen`; do not edit by hand. -->',
    '',
    'The metamodel is declared once, as data, in `src/model/metamodel/`. It drives validation,',
    'the file schema (`schemas/project.schema.json`), and later the palette, forms, import and export.',
    '',
    '## Domains / Domain arsitektur',
    '',
    '| id | kode | referensi | nama | name |',
    '|---|---|---|---|---|',
    ...DOMAINS.map((d) => `| \`${d.id}\` | ${d.code} | ${d.referenceArchitecture} | ${d.label.id} | ${d.label.en} |`),
    '',
    '## Element kinds / Jenis elemen',
    '',
  ]
  for (const d of DOMAINS) {
    lines.push(`### ${d.label.id} (${d.label.en})`, '')
    for (const k of ELEMENT_KINDS.filter((x) => x.domain === d.id)) {
      lines.push(`#### \`${k.id}\`: ${k.label.id} / ${k.label.en}`, '', `${k.description.id}. Kode referensi: ${k.referencePrefixes.join(', ')}.`, '')
      lines.push('| atribut | label | tipe | wajib |', '|---|---|---|---|')
      for (const a of k.attributes) lines.push(`| \`${a.name}\` | ${a.label.id} / ${a.label.en} | ${attributeType(a)} | ${a.required ? 'ya' : ''} |`)
      lines.push('')
    }
  }
  lines.push(
    '## Relation kinds / Jenis relasi',
    '',
    'A relation is allowed only between the kinds listed; the commands refuse any other pair and',
    'validation reports it (`relation-not-allowed`).',
    '',
    '| id | relasi | relation | dari (source) | ke (target) | atribut |',
    '|---|---|---|---|---|---|',
  )
  for (const r of RELATION_KINDS) {
    for (const rule of r.rules) {
      const attrs = r.attributes.map((a) => `\`${a.name}\` (${attributeType(a)})`).join(', ')
      lines.push(`| \`${r.id}\` | ${r.verb.id} | ${r.verb.en} | ${rule.sources.map((s) => `\`${s}\``).join(', ')} | ${rule.targets.map((t) => `\`${t}\``).join(', ')} | ${attrs} |`)
    }
  }
  lines.push('')
  return lines.join('\n')
}

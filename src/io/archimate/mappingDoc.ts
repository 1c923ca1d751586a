import { ELEMENT_KINDS, RELATION_KINDS } from '../../model/metamodel/metamodel.ts'
import { ARCHIMATE_ELEMENT_TYPES, KIND_TO_ARCHIMATE, PLAN_TO_ARCHIMATE, RELATION_TO_ARCHIMATE, SPBE_PROPERTIES } from './archimateMapping.ts'
import { PROJECT_PROPERTIES as P } from './projectProperties.ts'

const PROJECT_PROPERTY_ROWS: readonly (readonly [string, string, string])[] = [
  [P.kind, '`project`', 'own projects'],
  [P.organization, 'name of the Pemda or instansi', 'own projects'],
  [P.organizationType, '`provinsi`, `kabupaten`, `kota` or `instansi-pusat`', 'own projects'],
  [P.plan, '`document|startYear|years|name` (the name may itself hold `|`)', 'own projects'],
  [P.opd, 'one per OPD: `{"id","code","shortName","name"}` (files from before read as `id|code|shortName|name`)', 'own projects'],
  [P.goal, 'one per node of the RPJMD goal tree: the goal as JSON (`id`, `level`, `parent`, `code`, `text`, `unit`, `targets`)', 'when the plan has goals'],
  [P.catalogueExtension, 'one per local reference-catalogue entry: `{"code","parent","name"}`', 'when the project extends the catalogue'],
  [P.settings, 'the project settings as JSON (`{"policy":{"applicationsInDataCentre":false}}`)', 'when they differ from the defaults'],
  [P.roadmapInput, 'the Peta Rencana inputs as JSON: budget ceilings, OPD capacity, overrides of generated kegiatan, manual kegiatan and dependencies', 'when any is set'],
]

/** docs/archimate-mapping.md, generated from the mapping table (a test checks the file is current). */
export function archimateMappingMarkdown(): string {
  const lines = [
    '# SPBE <-> ArchiMate 3.1 mapping',
    '',
    'Generated from `src/io/archimate/archimateMapping.ts` by `npx tsx src/io/archimate/mappingDoc.ts --write`; do not edit by hand.',
    'Export writes the left column as the right; import reads the right column back. SPBE fields travel as properties',
    `(\`${SPBE_PROPERTIES.kind}\`, \`${SPBE_PROPERTIES.code}\`, \`${SPBE_PROPERTIES.refCodes}\`, \`${SPBE_PROPERTIES.ownerOpd}\`, \`${SPBE_PROPERTIES.attrPrefix}<name>\` ...) with \`propertyDefinitions\`.`,
    '',
    '## Element kinds (export)',
    '',
    '| SPBE kind | domain | ArchiMate element |',
    '|---|---|---|',
    ...ELEMENT_KINDS.map((k) => `| ${k.id} (${k.label.id}) | ${k.domain} | ${KIND_TO_ARCHIMATE[k.id]} |`),
    '',
    '## ArchiMate element types (import)',
    '',
    'The model has no generic kind per layer: a type without an exact SPBE meaning gets the closest kind and keeps its',
    'ArchiMate type in the import extras (sidecar), so it is exported again as what it was.',
    '',
    '| ArchiMate element | layer | SPBE kind | exact |',
    '|---|---|---|---|',
    ...Object.entries(ARCHIMATE_ELEMENT_TYPES).map(([t, m]) => `| ${t} | ${m.layer} | ${m.kind} | ${m.exact ? 'yes' : 'closest'} |`),
    '',
    '## Relation kinds',
    '',
    'Import picks the first kind whose type (and access type) matches and whose ends the metamodel allows; other',
    'relationships are kept in the import extras, not dropped.',
    '',
    '| SPBE relation | ArchiMate relationship | direction |',
    '|---|---|---|',
    ...RELATION_KINDS.map((k) => {
      const m = RELATION_TO_ARCHIMATE[k.id]!
      return `| ${k.id} (${k.label.id}) | ${m.type}${m.accessType ? ` (accessType ${m.accessType})` : ''} | ${m.reversed ? 'reversed (target -> source)' : 'same'} |`
    }),
    '',
    '## States and Peta Rencana',
    '',
    '| Cetakbiru | ArchiMate |',
    '|---|---|',
    `| state (Kondisi Saat Ini, Target, intermediate) | ${PLAN_TO_ARCHIMATE.state}, with ${PLAN_TO_ARCHIMATE.stateMembership} to every element and relation it contains (status and per-state values as properties) |`,
    `| kegiatan of the Peta Rencana | ${PLAN_TO_ARCHIMATE.activity}, ${PLAN_TO_ARCHIMATE.gapLink} to the gaps it closes |`,
    `| gap | ${PLAN_TO_ARCHIMATE.gap}, ${PLAN_TO_ARCHIMATE.gapLink} to the element or relation it concerns |`,
    '| OPD | organizations folder per domain, sub-folder per OPD; OPD list as model properties `spbe:opd` |',
    '',
    '## Project properties (on `<model>`)',
    '',
    'What a Cetakbiru project holds beyond elements, relations, states and views travels as properties of the',
    '`<model>`, so exporting a project and importing the file gives the same project back (deep-equal `ProjectData`;',
    'the tests check it on the example project and on a generated three-state project). Structured values are one',
    'JSON object per property value; list-like parts repeat the property, in the project\'s order. Import parses them',
    'strictly (a broken value stops the import with the property\'s name) and the project loader checks their shape.',
    '',
    '| property | value | written |',
    '|---|---|---|',
    ...PROJECT_PROPERTY_ROWS.map(([name, value, when]) => `| \`${name}\` | ${value.replace(/\|/g, '\\|')} | ${when} |`),
    '',
    'A project imported from a foreign file gets none of these back unless the user added them (a goal tree, say):',
    'then they are written beside the file\'s own model properties, which stay as they were.',
    '',
  ]
  return lines.join('\n')
}

if (process.argv[1]?.endsWith('mappingDoc.ts') && process.argv.includes('--write')) {
  const { writeFileSync } = await import('node:fs')
  writeFileSync(new URL('../../../docs/archimate-mapping.md', import.meta.url), archimateMappingMarkdown())
}

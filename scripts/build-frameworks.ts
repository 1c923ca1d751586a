/**
 * Builds the two shipped evaluation frameworks, src/analysis/index/frameworks/spbe-2020.json and
 * pemdi-2026.json, from the shared reference facts (../shared/reference/spbe-reference.json,
 * relative to the repo root).
 *
 * The files are generated, never edited by hand: a test rebuilds them and compares, so a
 * correction to a weight or a name goes into the shared facts (with its source) and is
 * regenerated here. Nothing is made up: where the facts lack something (level descriptions, the
 * 2026 level names) it is left out or borrowed with a note saying from where.
 * English names are Cetakbiru's translations, not official ones.
 *
 *   npx tsx scripts/build-frameworks.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import type { Confidence, EvaluationFramework, FrameworkText, PredicateBand } from '../src/analysis/index/framework.ts'
import { esmImports } from './validatorFiles.ts'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SOURCE_PATH = resolve(REPO_ROOT, '../shared/reference/spbe-reference.json')
export const OUTPUT_DIR = resolve(REPO_ROOT, 'src/analysis/index/frameworks')
export const VALIDATOR_DIR = resolve(REPO_ROOT, 'src/analysis/index/generated')
const SCHEMA_PATH = resolve(REPO_ROOT, 'schemas/evaluation-framework.schema.json')
/** The options the framework validator is compiled with; the test compares against a run-time compile with the same. */
export const FRAMEWORK_VALIDATOR_OPTIONS = { allErrors: true, allowUnionTypes: true, strict: true } as const
const SCHEMA_REF = '../../../../schemas/evaluation-framework.schema.json'

/**
 * Cetakbiru's English translations, keyed `<framework>:<kind>:<code>`. Not official: the
 * regulations exist only in Bahasa Indonesia. A key with no entry yields an Indonesian-only name.
 */
const FRAMEWORK_EN: Readonly<Record<string, string>> = {
  'spbe-2020:level:1': 'Initial',
  'spbe-2020:level:2': 'Managed',
  'spbe-2020:level:3': 'Defined',
  'spbe-2020:level:4': 'Integrated and measured',
  'spbe-2020:level:5': 'Optimised',
  'spbe-2020:predicate:Memuaskan': 'Satisfactory',
  'spbe-2020:predicate:Sangat Baik': 'Very good',
  'spbe-2020:predicate:Baik': 'Good',
  'spbe-2020:predicate:Cukup': 'Fair',
  'spbe-2020:predicate:Kurang': 'Poor',
  'spbe-2020:domain:D1': 'Internal SPBE policy',
  'spbe-2020:domain:D2': 'SPBE governance',
  'spbe-2020:domain:D3': 'SPBE management',
  'spbe-2020:domain:D4': 'SPBE services',
  'spbe-2020:aspect:A1': 'Internal policy on SPBE governance',
  'spbe-2020:aspect:A2': 'SPBE strategic planning',
  'spbe-2020:aspect:A3': 'Information and communication technology',
  'spbe-2020:aspect:A4': 'SPBE organisers',
  'spbe-2020:aspect:A5': 'Application of SPBE management',
  'spbe-2020:aspect:A6': 'ICT audit',
  'spbe-2020:aspect:A7': 'Electronic government administration services',
  'spbe-2020:aspect:A8': 'Electronic public services',
  'spbe-2020:indicator:1': 'Maturity of the internal policy on the SPBE architecture',
  'spbe-2020:indicator:2': 'Maturity of the internal policy on the SPBE roadmap',
  'spbe-2020:indicator:3': 'Maturity of the internal policy on data management',
  'spbe-2020:indicator:4': 'Maturity of the internal policy on SPBE application development',
  'spbe-2020:indicator:5': 'Maturity of the internal policy on data centre services',
  'spbe-2020:indicator:6': 'Maturity of the internal policy on intra-government network services',
  'spbe-2020:indicator:7': 'Maturity of the internal policy on use of the service connector system',
  'spbe-2020:indicator:8': 'Maturity of the internal policy on information security management',
  'spbe-2020:indicator:9': 'Maturity of the internal policy on ICT audit',
  'spbe-2020:indicator:10': 'Maturity of the internal policy on the SPBE coordination team',
  'spbe-2020:indicator:11': 'Maturity of the SPBE architecture',
  'spbe-2020:indicator:12': 'Maturity of the SPBE roadmap',
  'spbe-2020:indicator:13': 'Maturity of integrated SPBE planning and budgeting',
  'spbe-2020:indicator:14': 'Maturity of SPBE business process innovation',
  'spbe-2020:indicator:15': 'Maturity of SPBE application development',
  'spbe-2020:indicator:16': 'Maturity of data centre services',
  'spbe-2020:indicator:17': 'Maturity of intra-government network services',
  'spbe-2020:indicator:18': 'Maturity of use of the service connector system',
  'spbe-2020:indicator:19': 'Maturity of the SPBE coordination team\'s work',
  'spbe-2020:indicator:20': 'Maturity of collaboration in SPBE implementation',
  'spbe-2020:indicator:21': 'Maturity of SPBE risk management',
  'spbe-2020:indicator:22': 'Maturity of information security management',
  'spbe-2020:indicator:23': 'Maturity of data management',
  'spbe-2020:indicator:24': 'Maturity of ICT asset management',
  'spbe-2020:indicator:25': 'Maturity of human resource competence',
  'spbe-2020:indicator:26': 'Maturity of knowledge management',
  'spbe-2020:indicator:27': 'Maturity of change management',
  'spbe-2020:indicator:28': 'Maturity of SPBE service management',
  'spbe-2020:indicator:29': 'Maturity of SPBE infrastructure audits',
  'spbe-2020:indicator:30': 'Maturity of SPBE application audits',
  'spbe-2020:indicator:31': 'Maturity of SPBE security audits',
  'spbe-2020:indicator:32': 'Maturity of the planning service',
  'spbe-2020:indicator:33': 'Maturity of the budgeting service',
  'spbe-2020:indicator:34': 'Maturity of the finance service',
  'spbe-2020:indicator:35': 'Maturity of the procurement service',
  'spbe-2020:indicator:36': 'Maturity of the civil service (personnel) service',
  'spbe-2020:indicator:37': 'Maturity of the active records (archives) service',
  'spbe-2020:indicator:38': 'Maturity of the state/regional asset management service',
  'spbe-2020:indicator:39': 'Maturity of the internal government oversight service',
  'spbe-2020:indicator:40': 'Maturity of the organisational performance accountability service',
  'spbe-2020:indicator:41': 'Maturity of the employee performance service',
  'spbe-2020:indicator:42': 'Maturity of the public service complaints service',
  'spbe-2020:indicator:43': 'Maturity of the open data service',
  'spbe-2020:indicator:44': 'Maturity of the legal documentation and information network service',
  'spbe-2020:indicator:45': 'Maturity of sector public service 1',
  'spbe-2020:indicator:46': 'Maturity of sector public service 2',
  'spbe-2020:indicator:47': 'Maturity of sector public service 3',
  'pemdi-2026:level:1': 'Initial',
  'pemdi-2026:level:2': 'Managed',
  'pemdi-2026:level:3': 'Standardised',
  'pemdi-2026:level:4': 'Integrated and measured',
  'pemdi-2026:level:5': 'Optimised',
  'pemdi-2026:predicate:Memuaskan': 'Satisfactory',
  'pemdi-2026:predicate:Sangat Baik': 'Very good',
  'pemdi-2026:predicate:Baik': 'Good',
  'pemdi-2026:predicate:Cukup': 'Fair',
  'pemdi-2026:predicate:Kurang': 'Poor',
  'pemdi-2026:aspect:1': 'Governance and management',
  'pemdi-2026:aspect:2': 'Organisers',
  'pemdi-2026:aspect:3': 'Data',
  'pemdi-2026:aspect:4': 'Digital government security',
  'pemdi-2026:aspect:5': 'Digital government technology',
  'pemdi-2026:aspect:6': 'Integration of digital government services',
  'pemdi-2026:aspect:7': 'User satisfaction with digital government services',
  'pemdi-2026:indicator:1': 'Maturity of digital government governance',
  'pemdi-2026:indicator:2': 'Maturity of digital government service management',
  'pemdi-2026:indicator:3': 'Maturity of digital government human resources',
  'pemdi-2026:indicator:4': 'Maturity of digital government collaboration',
  'pemdi-2026:indicator:5': 'Maturity of data governance',
  'pemdi-2026:indicator:6': 'Maturity of geospatial information management',
  'pemdi-2026:indicator:7': 'Maturity of statistics development',
  'pemdi-2026:indicator:8': 'Maturity of personal data protection',
  'pemdi-2026:indicator:9': 'Maturity of security audits of digital government and its technology',
  'pemdi-2026:indicator:10': 'Maturity of digital government security',
  'pemdi-2026:indicator:11': 'Maturity of cryptography for data security',
  'pemdi-2026:indicator:12': 'Maturity of cyber incident handling capability',
  'pemdi-2026:indicator:13': 'Maturity of digital government applications',
  'pemdi-2026:indicator:14': 'Maturity of digital government infrastructure',
  'pemdi-2026:indicator:15': 'Integration of business processes across units and agencies',
  'pemdi-2026:indicator:16': 'Application integration',
  'pemdi-2026:indicator:17': 'Digital government service portal',
  'pemdi-2026:indicator:18': 'Data interoperability',
  'pemdi-2026:indicator:19': 'User support facilities for digital government services',
  'pemdi-2026:indicator:20': 'Management of user satisfaction with digital government services',
}

// The parts of the shared file this script reads; anything else in it is ignored.
interface SourceIndicator { readonly no: number; readonly name: string; readonly bobot: number }
interface SourceLevel { readonly level: number; readonly name: string }
interface SourceBand { readonly name: string; readonly alias?: string; readonly min: number; readonly max: number; readonly max_inclusive?: boolean }

interface SourceFile {
  readonly evaluasi_spbe_2020: {
    readonly regulation: string
    readonly source: string
    readonly status?: string
    readonly formula: string
    readonly levels: { readonly source: string; readonly items: readonly SourceLevel[] }
    readonly predikat: { readonly source: string; readonly items: readonly SourceBand[] }
    readonly domains: readonly {
      readonly code: string; readonly name: string; readonly bobot: number
      readonly aspects: readonly { readonly code: string; readonly name: string; readonly bobot: number; readonly indicators: readonly SourceIndicator[] }[]
    }[]
  }
  readonly evaluasi_pemdi_2025_konsep: { readonly source: string; readonly levels: readonly SourceLevel[] }
  readonly evaluasi_pemdi_2026: {
    readonly regulation: string
    readonly source: string
    readonly verified?: boolean
    readonly predikat: readonly SourceBand[]
    readonly aspects: readonly { readonly no: number; readonly name: string; readonly bobot: number; readonly indicators: readonly SourceIndicator[] }[]
  }
}

/** The tag a `source` string starts with (the first one when several are listed). */
function leadingTag(source: string, where: string): Confidence {
  const m = /^\[([PSRU])\]/.exec(source.trim())
  if (!m) throw new Error(`${where}: source has no leading [P]/[S]/[R]/[U] tag: ${source}`)
  return m[1] as Confidence
}

/** The weakest tag named anywhere in a source string: a block is only as sure as its least sure part. */
function weakestTag(source: string, where: string): Confidence {
  const order: Confidence[] = ['P', 'S', 'R', 'U']
  const tags = [...source.matchAll(/\[([PSRU])(?:\/([PSRU]))?\]/g)].flatMap((m) => [m[1], m[2]]).filter((t): t is Confidence => t !== undefined)
  if (tags.length === 0) return leadingTag(source, where)
  return tags.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a))
}

/** A name with Cetakbiru's English translation where the table has one; key is `<framework>:<kind>:<code>`. */
function text(id: string, key: string): FrameworkText {
  const en = FRAMEWORK_EN[key]
  return en === undefined ? { id: id.trim() } : { id: id.trim(), en }
}

function band(b: SourceBand, key: string): PredicateBand {
  const out: { -readonly [K in keyof PredicateBand]: PredicateBand[K] } = { name: text(b.name, `${key}:${b.name}`), min: b.min, max: b.max }
  if (b.alias !== undefined) out.alias = b.alias
  if (b.max_inclusive) out.maxInclusive = true
  return out
}

export function buildSpbe2020(source: SourceFile): EvaluationFramework {
  const s = source.evaluasi_spbe_2020
  const levelTag = leadingTag(s.levels.source, 'evaluasi_spbe_2020.levels')
  return {
    $schema: SCHEMA_REF,
    id: 'spbe-2020',
    name: { id: 'Indeks SPBE (PermenPANRB 59/2020)', en: 'SPBE index (PermenPANRB 59/2020)' },
    regulation: s.regulation,
    source: `Generated by scripts/build-frameworks.ts from shared/reference/spbe-reference.json (evaluasi_spbe_2020); do not edit by hand. Source: ${s.source}`,
    confidence: weakestTag(s.source, 'evaluasi_spbe_2020'),
    verified: true,
    notes: [
      `Formula: ${s.formula}`,
      ...(s.status ? [`Status: ${s.status}`] : []),
      `Predicates: ${s.predikat.source}`,
      'Level descriptions are not in the shared reference and are left out. English names are Cetakbiru translations, not official.',
    ],
    levels: s.levels.items.map((l) => ({ level: l.level, name: text(l.name, `spbe-2020:level:${l.level}`), confidence: levelTag })),
    predicates: s.predikat.items.map((b) => band(b, 'spbe-2020:predicate')),
    domains: s.domains.map((d) => ({ code: d.code, name: text(d.name, `spbe-2020:domain:${d.code}`), weight: d.bobot })),
    aspects: s.domains.flatMap((d) =>
      d.aspects.map((a) => ({
        code: a.code,
        domain: d.code,
        name: text(a.name, `spbe-2020:aspect:${a.code}`),
        weight: a.bobot,
        indicators: a.indicators.map((i) => ({ number: i.no, name: text(i.name, `spbe-2020:indicator:${i.no}`), weight: i.bobot })),
      })),
    ),
  }
}

export function buildPemdi2026(source: SourceFile): EvaluationFramework {
  const s = source.evaluasi_pemdi_2026
  const concept = source.evaluasi_pemdi_2025_konsep
  const conceptTag = leadingTag(concept.source, 'evaluasi_pemdi_2025_konsep')
  return {
    $schema: SCHEMA_REF,
    id: 'pemdi-2026',
    name: { id: 'Indeks Pemerintah Digital 2026 (dilaporkan)', en: 'Digital Government Index 2026 (reported)' },
    regulation: s.regulation,
    source: `Generated by scripts/build-frameworks.ts from shared/reference/spbe-reference.json (evaluasi_pemdi_2026); do not edit by hand. Source: ${s.source}`,
    confidence: weakestTag(s.source, 'evaluasi_pemdi_2026'),
    // Only an explicit `verified: true` in the facts lifts the flag.
    verified: s.verified === true,
    verificationNote: {
      id: 'Perlu verifikasi: teks PermenPANRB 8/2026 belum dikonfirmasi; bobot dan predikat dari sumber praktisi.',
      en: 'Needs verification: the text of PermenPANRB 8/2026 was not confirmed; weights and bands come from practitioner sources.',
    },
    notes: [
      'Aspect codes A1..A7 are the aspects\' numbers in the source.',
      `Level names are not given for 2026; they are the 2025 Pemdi concept's (${concept.source}), not confirmed for 2026.`,
      'Level descriptions are not in the shared reference and are left out. English names are Cetakbiru translations, not official.',
    ],
    levels: concept.levels.map((l) => ({
      level: l.level,
      name: text(l.name, `pemdi-2026:level:${l.level}`),
      confidence: conceptTag,
      note: 'Nama dari konsep Pemdi 2025; belum dikonfirmasi untuk 2026 / name from the 2025 Pemdi concept; not confirmed for 2026',
    })),
    predicates: s.predikat.map((b) => band(b, 'pemdi-2026:predicate')),
    aspects: s.aspects.map((a) => ({
      code: `A${a.no}`,
      name: text(a.name, `pemdi-2026:aspect:${a.no}`),
      weight: a.bobot,
      indicators: a.indicators.map((i) => ({ number: i.no, name: text(i.name, `pemdi-2026:indicator:${i.no}`), weight: i.bobot })),
    })),
  }
}

/** The exact bytes of a committed file: 2-space indent, trailing newline. */
export function renderFramework(f: EvaluationFramework): string {
  return JSON.stringify(f, null, 2) + '\n'
}

const VALIDATOR_HEADER = [
  '// Generated by `npm run gen` (scripts/build-frameworks.ts) from schemas/evaluation-framework.schema.json;',
  '// do not edit by hand. Ajv\'s standalone code, compiled ahead of time like the project validator',
  '// (src/model/file/generated/): the browser compiles no code, so the CSP needs no \'unsafe-eval\'.',
  '/* eslint-disable */',
].join('\n')

const VALIDATOR_DECLARATION = [
  '// Generated by `npm run gen` (scripts/build-frameworks.ts); do not edit by hand.',
  "import type { ValidateFunction } from 'ajv'",
  '',
  '/** Checks an evaluation framework against schemas/evaluation-framework.schema.json; errors as Ajv reports them. */',
  'export declare const validate: ValidateFunction',
  'export default validate',
  '',
].join('\n')

/** File name (in src/analysis/index/generated/) -> content of the precompiled framework validator. */
export function buildValidatorFiles(): Record<string, string> {
  const ajv = new Ajv2020({ ...FRAMEWORK_VALIDATOR_OPTIONS, code: { source: true, esm: true, lines: true } })
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object))
  return { 'frameworkValidator.js': `${VALIDATOR_HEADER}\n${esmImports(code)}\n`, 'frameworkValidator.d.ts': VALIDATOR_DECLARATION }
}

/** File name -> content of every generated framework. */
export function buildFrameworkFiles(path: string = SOURCE_PATH): Record<string, string> {
  const source = JSON.parse(readFileSync(path, 'utf8')) as SourceFile
  return {
    'spbe-2020.json': renderFramework(buildSpbe2020(source)),
    'pemdi-2026.json': renderFramework(buildPemdi2026(source)),
  }
}

// Write only when run as a script, so the test can import the builder without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  mkdirSync(VALIDATOR_DIR, { recursive: true })
  for (const [name, text] of Object.entries(buildValidatorFiles())) {
    writeFileSync(resolve(VALIDATOR_DIR, name), text)
    console.log(`wrote ${relative(REPO_ROOT, resolve(VALIDATOR_DIR, name))}`)
  }
  for (const [name, text] of Object.entries(buildFrameworkFiles())) {
    const out = resolve(OUTPUT_DIR, name)
    writeFileSync(out, text)
    const f = JSON.parse(text) as EvaluationFramework
    console.log(`wrote ${relative(REPO_ROOT, out)} (${f.aspects.length} aspects, ${f.aspects.reduce((n, a) => n + a.indicators.length, 0)} indicators)`)
  }
}

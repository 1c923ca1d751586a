/**
 * Builds src/model/reference/spbe-catalogue.json from the shared reference facts
 * (../shared/reference/spbe-reference.json, relative to the repo root).
 *
 * The catalogue is generated, never edited by hand: the test suite rebuilds it and compares, so a
 * correction to a code or name goes into the shared facts (with its source) and is regenerated here.
 *
 *   npx tsx scripts/build-catalogue.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { CatalogueEntry, Confidence } from '../src/model/reference/catalogue.ts'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SOURCE_PATH = resolve(REPO_ROOT, '../shared/reference/spbe-reference.json')
export const OUTPUT_PATH = resolve(REPO_ROOT, 'src/model/reference/spbe-catalogue.json')

/** Deepest level a code may have (national levels 1-3, local levels 4-7). */
const MAX_LEVEL = 7

// The parts of the shared file this script reads; anything else in it is ignored.
interface SourceItem {
  readonly code: string | null
  readonly name: string
  readonly code_inferred?: boolean
  readonly uncertain?: string
  readonly alt_name?: string
  readonly children?: readonly SourceItem[]
  readonly children_example?: readonly SourceItem[]
  readonly children_source?: string
}

interface SourceArchitecture {
  readonly name: string
  readonly source: string
  readonly partial_note?: string
  readonly items: readonly SourceItem[]
  readonly level2_objects?: readonly string[]
}

interface SourceFile {
  readonly meta: { readonly warning: string }
  readonly domains: { readonly items: readonly { readonly referensi_code: string }[] }
  readonly referensi: Readonly<Record<string, SourceArchitecture>>
}

/** The generated file; entries are CatalogueEntry minus the runtime-only `local`. */
export interface CatalogueFile {
  readonly $schema: string
  readonly title: string
  readonly source: string
  readonly warning: string
  readonly entries: readonly CatalogueEntry[]
}

const EXAMPLE_NOTE = 'Example only, not a complete list'

/** The tag a `source` string starts with; every block is required to carry one. */
function leadingTag(source: string, where: string): Confidence {
  const m = /^\[([PSRU])\]/.exec(source.trim())
  if (!m) throw new Error(`${where}: source has no leading [P]/[S]/[R]/[U] tag: ${source}`)
  return m[1] as Confidence
}

function segments(code: string): number {
  return code.split('.').length - 1
}

/**
 * One entry with a fixed key order, so the JSON text is byte-stable.
 * Optional keys are left out rather than written as null.
 */
function entry(e: CatalogueEntry): CatalogueEntry {
  const out: Record<string, unknown> = {
    code: e.code,
    name: e.name,
    referenceArchitecture: e.referenceArchitecture,
    level: e.level,
  }
  if (e.parent !== undefined) out.parent = e.parent
  out.confidence = e.confidence
  if (e.codeInferred) out.codeInferred = true
  if (e.note !== undefined) out.note = e.note
  if (e.altName !== undefined) out.altName = e.altName
  return out as unknown as CatalogueEntry
}

interface WalkContext {
  readonly architecture: string
  readonly out: CatalogueEntry[]
  readonly seen: Set<string>
}

/** Depth-first, in source order, so the file reads like the tree a picker shows. */
function walk(
  items: readonly SourceItem[],
  parent: CatalogueEntry,
  tag: Confidence,
  ctx: WalkContext,
  example: boolean,
): void {
  items.forEach((item, i) => {
    // A missing code takes its position under the parent; that is a guess, so it is flagged.
    const code = item.code ?? `${parent.code}.${String(i + 1).padStart(2, '0')}`
    const inferred = item.code === null || item.code_inferred === true
    const level = parent.level + 1
    if (!code.startsWith(parent.code + '.') || segments(code) !== level || !/^\d{2}$/.test(code.slice(parent.code.length + 1))) {
      throw new Error(`${code} (${item.name}) is not a direct child code of ${parent.code}`)
    }
    if (level > MAX_LEVEL) throw new Error(`${code} is deeper than level ${MAX_LEVEL}`)
    // A positional code may collide with an explicit sibling code; fail rather than guess twice.
    if (ctx.seen.has(code)) throw new Error(`duplicate code ${code} (${item.name})`)
    ctx.seen.add(code)

    const notes: string[] = []
    if (example) notes.push(EXAMPLE_NOTE)
    if (item.uncertain) notes.push(item.uncertain)
    const e = entry({
      code,
      name: item.name.trim(),
      referenceArchitecture: ctx.architecture,
      level,
      parent: parent.code,
      confidence: inferred ? 'U' : tag,
      codeInferred: inferred || undefined,
      note: notes.length > 0 ? notes.join('; ') : undefined,
      altName: item.alt_name,
    })
    ctx.out.push(e)

    if (item.children) walk(item.children, e, tag, ctx, example)
    if (item.children_example) {
      const exampleTag = item.children_source ? leadingTag(item.children_source, `${code} children_source`) : tag
      walk(item.children_example, e, exampleTag, ctx, true)
    }
  })
}

export function buildCatalogue(source: SourceFile): CatalogueFile {
  const order = source.domains.items.map((d) => d.referensi_code)
  const extra = Object.keys(source.referensi).filter((k) => !order.includes(k))
  if (extra.length > 0) throw new Error(`referensi blocks without a domain: ${extra.join(', ')}`)

  const entries: CatalogueEntry[] = []
  const seen = new Set<string>()
  for (const architecture of order) {
    const block = source.referensi[architecture]
    if (!block) throw new Error(`no referensi block for ${architecture}`)
    const tag = leadingTag(block.source, architecture)

    const rootNotes: string[] = []
    if (block.partial_note) rootNotes.push(block.partial_note)
    // RAK level-2 objects are named without a level-1 parent; keep the fact, not a made-up tree.
    if (block.level2_objects && block.level2_objects.length > 0) {
      rootNotes.push(`Level-2 objects named by the source without a parent: ${block.level2_objects.join('; ')}.`)
    }
    const root = entry({
      code: architecture,
      name: block.name.trim(),
      referenceArchitecture: architecture,
      level: 0,
      confidence: tag,
      note: rootNotes.length > 0 ? rootNotes.join(' ') : undefined,
    })
    entries.push(root)
    seen.add(architecture)
    walk(block.items, root, tag, { architecture, out: entries, seen }, false)
  }

  return {
    $schema: '../../../schemas/reference-catalogue.schema.json',
    title: 'Katalog Referensi Arsitektur SPBE Nasional / National SPBE reference architecture catalogue',
    source:
      'Generated by scripts/build-catalogue.ts from shared/reference/spbe-reference.json (referensi); do not edit by hand. ' +
      'Confidence: P regulation text, S secondary public page, R practitioner sources, U inferred.',
    warning: source.meta.warning,
    entries,
  }
}

/** The exact bytes of the committed file: 2-space indent, trailing newline. */
export function renderCatalogue(file: CatalogueFile): string {
  return JSON.stringify(file, null, 2) + '\n'
}

export function buildFromSharedFile(path: string = SOURCE_PATH): string {
  const source = JSON.parse(readFileSync(path, 'utf8')) as SourceFile
  return renderCatalogue(buildCatalogue(source))
}

// Write only when run as a script, so the test can import the builder without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = buildFromSharedFile()
  writeFileSync(OUTPUT_PATH, text)
  const count = (JSON.parse(text) as CatalogueFile).entries.length
  console.log(`wrote ${relative(REPO_ROOT, OUTPUT_PATH)} (${count} entries)`)
}

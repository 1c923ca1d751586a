import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { BUILTIN_FRAMEWORK_IDS, builtinFramework, verificationWarning } from '../analysis/index/builtinFrameworks.ts'
import { computeIndex, type GroupScore, type IndexResult } from '../analysis/index/computeIndex.ts'
import { textIn, type EvaluationFramework, type FrameworkText } from '../analysis/index/framework.ts'
import { parseFrameworkText } from '../analysis/index/loadFramework.ts'
import { formatIndex } from '../analysis/index/predicate.ts'
import { formatLoadError } from '../model/file/loadError.ts'
import { bilingual } from '../model/message.ts'
import { EXIT, type CliCommand, type CliIo } from './cliCommand.ts'
import { indexOfProject } from './indexProject.ts'
import { usageError } from './usageError.ts'

/** Framework and levels files are small; anything bigger is not one. */
const MAX_INPUT_BYTES = 4 * 1024 * 1024

export const indexCommand: CliCommand = {
  name: 'index',
  usage: `cetakbiru index <berkas.cetakbiru.json> [--year <tahun>] [--format text|json]  |  ` +
    `cetakbiru index --framework ${BUILTIN_FRAMEWORK_IDS.join('|')}|<berkas-kerangka.json> --levels <tingkat.json> [--format text|json] [--partial]`,
  summary: {
    id: 'Indeks SPBE / Pemerintah Digital: dari berkas proyek (riwayat, penilaian tahun --year, proyeksi per tahun rencana, target) atau dari tingkat per indikator (--framework, --levels) (exit 0 dihitung, 1 tingkat ditolak, 2 berkas atau tahun tidak terbaca)',
    en: 'The SPBE / Digital Government index: from a project file (history, the --year assessment, projection per plan year, target) or from a level per indicator (--framework, --levels) (exit 0 computed, 1 levels refused, 2 unreadable file or unknown year)',
  },
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          framework: { type: 'string' }, levels: { type: 'string' }, format: { type: 'string', default: 'text' }, partial: { type: 'boolean', default: false },
          year: { type: 'string' },
        },
      })
    } catch (e) {
      return usageError(io, this.usage, (e as Error).message)
    }
    const { framework: frameworkArg, levels: levelsPath, format, partial, year } = parsed.values
    if (format !== 'text' && format !== 'json') return usageError(io, this.usage)
    // Exactly one form: a project file, or --framework with --levels.
    if (parsed.positionals.length > 0) {
      if (parsed.positionals.length > 1 || frameworkArg !== undefined || levelsPath !== undefined || partial) {
        return usageError(io, this.usage,
          'Berikan satu berkas proyek, atau --framework dengan --levels, tidak keduanya / Give one project file, or --framework with --levels, not both')
      }
      return indexOfProject(parsed.positionals[0]!, year, format, io)
    }
    if (year !== undefined) return usageError(io, this.usage, '--year hanya untuk berkas proyek / --year is for a project file only')
    if (!frameworkArg || !levelsPath) return usageError(io, this.usage)

    const framework = await resolveFramework(frameworkArg, io)
    if (!framework) return EXIT.unreadable
    const levels = await readJson(levelsPath, io)
    if (levels === undefined) return EXIT.unreadable

    const computed = computeIndex(framework, levels, { partial })
    if (!computed.ok) {
      if (format === 'json') io.out(JSON.stringify({ framework: framework.id, computed: false, errors: computed.errors }, null, 2))
      else for (const e of computed.errors) io.err(`${levelsPath}: ${e.path}: ${bilingual(e.message)}`)
      return EXIT.findings
    }
    const warning = verificationWarning(framework)
    if (format === 'json') io.out(JSON.stringify(indexJson(framework, computed.result), null, 2))
    else {
      if (warning) io.err(`PERHATIAN/WARNING  ${warning}`)
      io.out(indexText(framework, computed.result))
    }
    return EXIT.ok
  },
}

/** A shipped framework by id, else a framework file; undefined (after saying why) when neither loads. */
async function resolveFramework(arg: string, io: CliIo): Promise<EvaluationFramework | undefined> {
  const builtin = builtinFramework(arg)
  if (builtin) return builtin
  // A bare name that is not shipped is more likely a typo than a file in the working directory.
  if (/^[a-z0-9-]+$/.test(arg)) {
    const known = BUILTIN_FRAMEWORK_IDS.join(', ')
    io.err(`Kerangka "${arg}" tidak dikenal (bawaan: ${known}; atau berikan berkas .json) / unknown framework "${arg}" (shipped: ${known}; or give a .json file)`)
    return undefined
  }
  const text = await readText(arg, io)
  if (text === undefined) return undefined
  const loaded = parseFrameworkText(text)
  if (loaded.ok) return loaded.framework
  for (const e of loaded.errors) io.err(formatLoadError(e, arg))
  return undefined
}

async function readText(path: string, io: CliIo): Promise<string | undefined> {
  try {
    const buffer = await readFile(path)
    if (buffer.byteLength > MAX_INPUT_BYTES) {
      io.err(`${path}: Berkas terlalu besar / File too large`)
      return undefined
    }
    return buffer.toString('utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    io.err(code === 'ENOENT'
      ? `${path}: Berkas tidak ditemukan / File not found`
      : `${path}: Berkas tidak dapat dibaca (${code ?? 'error'}) / File cannot be read (${code ?? 'error'})`)
    return undefined
  }
}

async function readJson(path: string, io: CliIo): Promise<unknown> {
  const text = await readText(path, io)
  if (text === undefined) return undefined
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch (e) {
    io.err(`${path}: Bukan JSON yang sah: ${(e as Error).message} / Not valid JSON: ${(e as Error).message}`)
    return undefined
  }
}

function groupJson(g: GroupScore): object {
  return { code: g.code, name: g.name.id, nameEn: g.name.en, weight: g.weight, index: g.index, predicate: g.predicate?.id ?? null, assessedWeight: g.assessedWeight }
}

export function indexJson(f: EvaluationFramework, r: IndexResult): object {
  return {
    framework: { id: f.id, name: f.name.id, verified: f.verified, confidence: f.confidence, ...(f.verified ? {} : { warning: verificationWarning(f) }) },
    index: r.index,
    exact: r.exact,
    predicate: r.predicate?.id ?? null,
    predicateEn: r.predicate?.en ?? null,
    partial: r.partial,
    missing: r.missing,
    assessedWeight: r.assessedWeight,
    formula: r.formula,
    expression: r.expression,
    domains: r.domains.map(groupJson),
    aspects: r.aspects.map(groupJson),
    indicators: r.indicators,
  }
}

function predicateText(p: FrameworkText | null): string {
  if (!p) return '-'
  return p.en && p.en !== p.id ? `${p.id} (${p.en})` : p.id
}

function groupLines(groups: readonly GroupScore[]): string[] {
  const width = Math.max(...groups.map((g) => g.name.id.length))
  return groups.map((g) =>
    `  ${g.code.padEnd(3)} ${g.name.id.padEnd(width)}  ${String(g.weight).padStart(5)}%  ${g.index === null ? '   - ' : formatIndex(g.index)}  ${predicateText(g.predicate)}`)
}

export function indexText(f: EvaluationFramework, r: IndexResult): string {
  const lines = [
    `${textIn(f.name, 'id')} / ${textIn(f.name, 'en')}`,
    `Indeks / index: ${formatIndex(r.index)}  ${predicateText(r.predicate)}`,
    `Rumus / formula: ${bilingual(r.formula)}`,
    `  ${r.expression}`,
  ]
  if (r.partial) {
    lines.push(`Penilaian sebagian: ${r.assessedWeight}% bobot dinilai / partial assessment: ${r.assessedWeight}% of the weight assessed`)
    lines.push(`Indikator tanpa tingkat / indicators without a level: ${r.missing.join(', ')}`)
  }
  if (r.domains.length > 0) lines.push('', 'Domain / domains (kode, nama, bobot, indeks, predikat):', ...groupLines(r.domains))
  lines.push('', 'Aspek / aspects (kode, nama, bobot, indeks, predikat):', ...groupLines(r.aspects))
  return lines.join('\n')
}

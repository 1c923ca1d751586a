import { readdirSync, readFileSync, statSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The part of a V8 `.cpuprofile` (written by `node --cpu-prof`) read here. */
interface CpuProfile {
  readonly nodes: readonly { id: number; children?: readonly number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

export interface ProfileEntry {
  readonly name: string
  /** file:line (1-based), relative to the repository. */
  readonly location: string
  readonly selfMs: number
  /** Of the busy time (idle excluded). */
  readonly percent: number
}

export interface ProfileSummary {
  readonly files: readonly string[]
  readonly busyMs: number
  readonly top: readonly ProfileEntry[]
  /** Self time by source file, the same way. */
  readonly byFile: readonly ProfileEntry[]
  /** Time inside each of our server's functions, callees included (what each step costs in all). */
  readonly serverInclusive: readonly ProfileEntry[]
}

/**
 * Self time per function over every main-thread profile in `dir` (`CPU.<date>.<time>.<pid>.0.<n>`;
 * thread 1 is tsx's module loader), largest first.
 */
export function summarizeProfiles(dir: string, root: string, limit = 25): ProfileSummary {
  const files = readdirSync(dir).filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f))
  const byFunction = new Map<string, { name: string; location: string; selfMs: number }>()
  const byFile = new Map<string, number>()
  const inclusive = new Map<string, { name: string; location: string; selfMs: number }>()
  let busyMs = 0
  const maps = new TsxSourceMaps()
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
    const parents = new Map<number, number>()
    for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id)
    for (const [i, id] of profile.samples.entries()) {
      const frame = frames.get(id)
      const ms = (profile.timeDeltas[i] ?? 0) / 1000
      if (!frame || frame.functionName === '(idle)') continue
      busyMs += ms
      const path = frame.url ? shortPath(frame.url, root) : ''
      const line = frame.url ? maps.originalLine(frame.url, frame.lineNumber, frame.columnNumber, frame.functionName) : frame.lineNumber + 1
      const location = path ? `${path}:${line}` : ''
      const name = frame.functionName || '(anonymous)'
      const key = `${name} ${location}`
      const entry = byFunction.get(key) ?? { name, location, selfMs: 0 }
      entry.selfMs += ms
      byFunction.set(key, entry)
      const fileKey = path || name
      byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + ms)
      // Callers up the stack, each of our server's functions counted once per sample.
      const counted = new Set<string>()
      for (let up: number | undefined = id; up !== undefined; up = parents.get(up)) {
        const f = frames.get(up)
        if (!f || !f.url.includes('/server/')) continue
        const upPath = shortPath(f.url, root)
        const upName = f.functionName || '(anonymous)'
        const upKey = `${upName} ${upPath}:${f.columnNumber}`
        if (counted.has(upKey)) continue
        counted.add(upKey)
        const e = inclusive.get(upKey) ?? { name: upName, location: `${upPath}:${maps.originalLine(f.url, f.lineNumber, f.columnNumber, f.functionName)}`, selfMs: 0 }
        e.selfMs += ms
        inclusive.set(upKey, e)
      }
    }
  }
  const withPercent = (e: { name: string; location: string; selfMs: number }): ProfileEntry => ({ ...e, percent: busyMs > 0 ? (e.selfMs / busyMs) * 100 : 0 })
  return {
    files,
    busyMs,
    top: [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit).map(withPercent),
    serverInclusive: [...inclusive.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit).map(withPercent),
    byFile: [...byFile.entries()].map(([location, selfMs]) => ({ name: location, location, selfMs })).sort((a, b) => b.selfMs - a.selfMs).slice(0, limit).map(withPercent),
  }
}

function shortPath(url: string, root: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url
  return path.startsWith(root) ? relative(root, path) : path
}

/**
 * tsx hands Node each TypeScript file as one minified line, so a profile's positions in our own
 * files all say line 1. tsx keeps what it generated, with its source map, in a cache
 * (`<tmpdir>/tsx-<uid>/`, JSON `{code, map}`); the newest entry for a file whose code has the
 * profiled function names where the profile says gives the original line.
 */
class TsxSourceMaps {
  private readonly byPath = new Map<string, { code: string; map: SourceMap } | undefined>()
  private entries: { file: string; mtime: number }[] | undefined

  originalLine(url: string, line: number, column: number, name: string): number | string {
    if (!url.startsWith('file://') || !/\.tsx?$/.test(url) || url.includes('/node_modules/')) return line + 1
    const path = fileURLToPath(url)
    if (!this.byPath.has(path)) this.byPath.set(path, this.load(path, name, column))
    const found = this.byPath.get(path)
    if (!found) return `${line + 1}(generated col ${column})`
    const entry = found.map.findEntry(line, column) as { originalLine?: number }
    return entry.originalLine === undefined ? `?(generated col ${column})` : entry.originalLine + 1
  }

  private load(path: string, name: string, column: number): { code: string; map: SourceMap } | undefined {
    const dir = join(tmpdir(), `tsx-${process.getuid?.() ?? 0}`)
    if (!this.entries) {
      try {
        this.entries = readdirSync(dir)
          .map((file) => ({ file: join(dir, file), mtime: statSync(join(dir, file)).mtimeMs }))
          .sort((a, b) => b.mtime - a.mtime)
      } catch {
        this.entries = []
      }
    }
    const needle = `"sources":[${JSON.stringify(path)}]`
    for (const { file } of this.entries) {
      const text = readFileSync(file, 'utf8')
      if (!text.includes(needle)) continue
      const cached = JSON.parse(text) as { code: string; map: object }
      // The version profiled has this function's name around this column.
      // (V8's own names, such as `<instance_members_initializer>`, are not in the code.)
      if (/^[A-Za-z_$][\w$]*$/.test(name) && !cached.code.slice(Math.max(0, column - 60), column + 60).includes(name)) continue
      return { code: cached.code, map: new SourceMap(cached.map as ConstructorParameters<typeof SourceMap>[0]) }
    }
    return undefined
  }
}

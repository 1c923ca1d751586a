/**
 * `npm run bench`: model and analysis benchmarks at 1k, 10k and 100k generated elements (about
 * three relations each, two states). Each size runs in a process of its own, so one size's heap
 * does not slow the next. Prints medians, the ratio to JSON.parse of the same file measured in the
 * same process, growth from 10k to 100k, and sizes; writes bench/out/latest.json.
 *   npm run bench -- --sizes 1000,10000 --runs 5 --only analysis
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import * as Y from 'yjs'
import { generateProject } from '../src/model/generate/generateProject.ts'
import { ANALYSIS_CASES } from './analysisBench.ts'
import { formatMs, measure, table, type BenchResult } from './harness.ts'
import { BASELINE, DOC_CASES, FILE_CASES, ModelInput } from './modelBench.ts'

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000,100000' }, runs: { type: 'string' }, only: { type: 'string' }, worker: { type: 'string' } },
})
/** `--only model` or `--only analysis` runs one suite (the JSON.parse floor always runs). */
const SUITES = { model: [...FILE_CASES, ...DOC_CASES], analysis: ANALYSIS_CASES }
const ordered = [...FILE_CASES, ...ANALYSIS_CASES, ...DOC_CASES]
const CASES = ordered.filter((c) => c.name === BASELINE || !values.only || SUITES[values.only as keyof typeof SUITES]?.includes(c))

interface SizeReport {
  readonly size: number
  readonly results: BenchResult[]
  readonly sizes: string[]
}

function runSize(size: number): SizeReport {
  const runs = values.runs ? Number(values.runs) : size >= 100_000 ? 3 : 7
  const input = new ModelInput(generateProject({ elements: size, seed: 1 }))
  const results: BenchResult[] = []
  for (const c of CASES) {
    const r = measure(size, input, c, runs)
    results.push(r)
    process.stderr.write(`  ${size} ${c.name}: ${formatMs(r.medianMs)} ms\n`)
  }
  const sizes = [
    String(size), String(input.data.relations.length), (input.text.length / 1e6).toFixed(1),
    (input.updateV1.length / 1e6).toFixed(2), (Y.encodeStateAsUpdateV2(input.doc).length / 1e6).toFixed(2),
  ]
  return { size, results, sizes }
}

if (values.worker) {
  process.stdout.write(JSON.stringify(runSize(Number(values.worker))))
} else {
  const sizes = values.sizes.split(',').map(Number)
  console.log(`Cetakbiru benchmark, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`)
  const reports: SizeReport[] = sizes.map((size) => {
    const args = ['--max-old-space-size=16384', '--import', 'tsx', fileURLToPath(import.meta.url), '--worker', String(size)]
    if (values.runs) args.push('--runs', values.runs)
    if (values.only) args.push('--only', values.only)
    const out = execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 })
    return JSON.parse(out.toString()) as SizeReport
  })
  const results = reports.flatMap((r) => r.results)
  const at = (size: number, name: string): number => results.find((r) => r.size === size && r.name === name)!.medianMs

  console.log('\nMedians (ms) and ratio to JSON.parse of the same file, same process:\n')
  console.log(table(
    ['operation', ...sizes.flatMap((s) => [`${s / 1000}k ms`, `${s / 1000}k ×parse`])],
    CASES.map((c) => [c.name, ...sizes.flatMap((s) => [formatMs(at(s, c.name)), (at(s, c.name) / at(s, BASELINE)).toFixed(2)])]),
  ))
  if (sizes.includes(10_000) && sizes.includes(100_000)) {
    console.log('\nGrowth from 10k to 100k elements (10x the data; linear = 10x):\n')
    console.log(table(['operation', 'growth'], CASES.map((c) => [c.name, `${(at(100_000, c.name) / at(10_000, c.name)).toFixed(1)}x`])))
  }
  console.log('\nSizes:\n')
  console.log(table(['elements', 'relations', 'file MB', 'Y.Doc v1 MB', 'Y.Doc v2 MB'], reports.map((r) => r.sizes)))

  mkdirSync(new URL('./out/', import.meta.url), { recursive: true })
  writeFileSync(new URL('./out/latest.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, reports }, null, 2))
}

/**
 * `npm run bench`: model and analysis benchmarks at 1k, 10k and 100k generated elements (about
 * three relations each, two states). Prints medians, the ratio to JSON.parse of the same file measured
 * in the same run, growth from 10k to 100k, and sizes; writes bench/out/latest.json.
 *   npm run bench -- --sizes 1000,10000 --runs 5 --only analysis
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import * as Y from 'yjs'
import { generateProject } from '../src/model/generate/generateProject.ts'
import { formatMs, measure, table, type BenchResult } from './harness.ts'
import { BASELINE, MODEL_CASES, prepareModelInput } from './modelBench.ts'
import { ANALYSIS_CASES } from './analysisBench.ts'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' }, runs: { type: 'string' }, only: { type: 'string' } } })
/** `--only model` or `--only analysis` runs one suite (the JSON.parse floor always runs). */
const CASES = [...MODEL_CASES, ...ANALYSIS_CASES].filter((c) => c.name === BASELINE || !values.only || (values.only === 'analysis') === ANALYSIS_CASES.includes(c))
const sizes = values.sizes.split(',').map(Number)
const results: BenchResult[] = []
const sizeRows: string[][] = []

console.log(`Cetakbiru benchmark, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`)
if (!(globalThis as { gc?: unknown }).gc) console.log('(run with --expose-gc for a collection before each timed run)')

for (const size of sizes) {
  const runs = values.runs ? Number(values.runs) : size >= 100_000 ? 3 : 7
  const input = prepareModelInput(generateProject({ elements: size, seed: 1 }))
  sizeRows.push([
    String(size), String(input.data.relations.length), (input.text.length / 1e6).toFixed(1),
    (input.updateV1.length / 1e6).toFixed(2), (Y.encodeStateAsUpdateV2(input.doc).length / 1e6).toFixed(2),
  ])
  const rows: BenchResult[] = []
  for (const c of CASES) {
    const r = measure(size, input, c, runs)
    rows.push(r)
    process.stdout.write(`  ${size} ${c.name}: ${formatMs(r.medianMs)} ms\n`)
  }
  results.push(...rows)
  input.doc.destroy()
}

const baseline = (size: number): number => results.find((r) => r.size === size && r.name === BASELINE)!.medianMs
console.log('\nMedians (ms) and ratio to JSON.parse of the same file, same run:\n')
console.log(table(
  ['operation', ...sizes.flatMap((s) => [`${s / 1000}k ms`, `${s / 1000}k ×parse`])],
  CASES.map((c) => [c.name, ...sizes.flatMap((s) => {
    const r = results.find((x) => x.size === s && x.name === c.name)!
    return [formatMs(r.medianMs), (r.medianMs / baseline(s)).toFixed(2)]
  })]),
))
if (sizes.includes(10_000) && sizes.includes(100_000)) {
  console.log('\nGrowth from 10k to 100k elements (10x the data; linear = 10x):\n')
  console.log(table(['operation', 'growth'], CASES.map((c) => {
    const at = (s: number): number => results.find((x) => x.size === s && x.name === c.name)!.medianMs
    return [c.name, `${(at(100_000) / at(10_000)).toFixed(1)}x`]
  })))
}
console.log('\nSizes:\n')
console.log(table(['elements', 'relations', 'file MB', 'Y.Doc v1 MB', 'Y.Doc v2 MB'], sizeRows))

mkdirSync(new URL('./out/', import.meta.url), { recursive: true })
writeFileSync(new URL('./out/latest.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, results, sizes: sizeRows }, null, 2))

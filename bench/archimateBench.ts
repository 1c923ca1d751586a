/**
 * npm run bench:interop: importing ArchiMate exchange files against a bare fast-xml-parser parse
 * of the same text in the same run (target: import within 3x of the bare parse). Files: the Open
 * Group's Archisurance model from ../shared/interop and a generated 10,000-element project
 * exported as an exchange file.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { exportArchimate } from '../src/io/archimate/exportArchimate.ts'
import { importArchimate } from '../src/io/archimate/importArchimate.ts'
import { generateProject } from '../src/model/generate/generateProject.ts'
import { formatMs, median, table } from './harness.ts'

const bare = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, processEntities: false, parseTagValue: false })

function time(runs: number, fn: () => unknown): number {
  fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  return median(times)
}

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'interop', 'OpenGroupXMLExchange-archisurance.xml')
const inputs: [string, string, number][] = []
try {
  inputs.push(['archisurance (120 el.)', readFileSync(corpus, 'utf8'), 15])
} catch {
  console.error(`(${corpus} not found; skipped)`)
}
const generated = exportArchimate(generateProject({ elements: 10_000, seed: 1 }))
inputs.push(['generated 10k el.', generated, 5])

const rows: string[][] = []
for (const [name, text, runs] of inputs) {
  const r = importArchimate(text)
  if (!r.ok) throw new Error(`${name}: import failed: ${r.errors[0]?.message.en}`)
  const parse = time(runs, () => bare.parse(text))
  const imp = time(runs, () => importArchimate(text))
  rows.push([name, `${(text.length / 1024 / 1024).toFixed(2)} MB`, formatMs(parse), formatMs(imp), `${(imp / parse).toFixed(2)}x`, imp / parse <= 3 ? 'yes' : 'NO'])
}
console.log(table(['file', 'size', 'bare parse (median)', 'import (median)', 'ratio', 'within 3x'], rows))

/**
 * npm run conformance -- <dir>: every ArchiMate exchange XML in the folder is imported, saved as
 * a project file and read back (the file alone carries what the model cannot hold), exported
 * again, validated against the Open Group XSDs (xmllint) and compared with the original (every
 * element, relationship, property, folder, view node and connection by id); so is every Archi CSV
 * set in it or its sub-folders (every row with an id comes back). Prints a table and
 * exits 1 when any file fails, 2 when the folder or xmllint is missing.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import type { ArchiCsvSet } from '../src/io/archiCsv/archiCsvFiles.ts'
import { checkArchiCsvRoundTrip, groupArchiCsvFiles } from '../src/io/archiCsv/archiCsvRoundTrip.ts'
import { formatArchimateError } from '../src/io/archimate/archimateError.ts'
import { exportArchimate } from '../src/io/archimate/exportArchimate.ts'
import { importArchimate } from '../src/io/archimate/importArchimate.ts'
import { compareRoundTrip, inventory } from '../src/io/archimate/roundTripCheck.ts'
import { parseProjectText } from '../src/model/file/loadProject.ts'
import { serializeProject } from '../src/model/file/serialize.ts'
import { hasXmllint, validateWithXsd, XmllintMissingError, XSD_DIR } from '../src/io/archimate/xmllint.ts'

/**
 * Archi CSV sets (`*-elements.csv` with its `-relations.csv` and `-properties.csv`) in `dir` and
 * its sub-folders: import, save and read the project file, export, compare. A relations-only file is a re-import onto another set
 * (Archi's test4a, test6); it is listed as not checked here, its rules are unit-tested.
 */
function csvSetRows(dir: string): Row[] {
  const rows: Row[] = []
  const folders = [dir, ...readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name))]
  for (const folder of folders) {
    for (const [prefix, names] of groupArchiCsvFiles(readdirSync(folder))) {
      const label = `${relative(dir, folder) || '.'}/${prefix}*.csv`
      if (!names.elements) {
        rows.push({ file: label, ok: true, notChecked: true, counts: 'relations only', note: 'not checked here: a re-import onto another set (unit-tested)' })
        continue
      }
      const set: ArchiCsvSet = Object.fromEntries(Object.entries(names).map(([role, name]) => [role, { name, content: readFileSync(join(folder, name)) }]))
      const report = checkArchiCsvRoundTrip(set)
      const c = report.counts
      rows.push({ file: label, ok: report.ok, counts: `el ${c.elements[1]}/${c.elements[0]}, rel ${c.relations[1]}/${c.relations[0]}, prop ${c.properties[1]}/${c.properties[0]}`, note: report.problems.slice(0, 3).join('; ') })
    }
  }
  return rows
}

interface Row { file: string; ok: boolean; counts: string; note: string; notChecked?: boolean }

const dir = resolve(process.argv[2] ?? '../shared/interop')
if (!hasXmllint()) {
  console.error(new XmllintMissingError().message)
  process.exit(2)
}
let files: string[]
try {
  files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.xml')).sort()
} catch {
  console.error(`Folder tidak ada / folder not found: ${dir}`)
  process.exit(2)
}
const xsdDir = (() => {
  try {
    readdirSync(join(dir, 'archi-xsd'))
    return join(dir, 'archi-xsd')
  } catch {
    return XSD_DIR
  }
})()
const out = mkdtempSync(join(tmpdir(), 'conformance-'))
const rows: Row[] = []
for (const f of files) {
  const text = readFileSync(join(dir, f), 'utf8')
  const r = importArchimate(text)
  if (!r.ok) {
    rows.push({ file: f, ok: false, counts: '-', note: r.errors.slice(0, 3).map((e) => formatArchimateError(e)).join(' | ') })
    continue
  }
  // Through the project file: what the model cannot hold must travel in its `interop.archimate`.
  const saved = parseProjectText(serializeProject(r.data))
  if (!saved.ok) {
    rows.push({ file: f, ok: false, counts: '-', note: `project file: ${saved.errors.slice(0, 3).map((e) => `${e.path}: ${e.message.en}`).join(' | ')}` })
    continue
  }
  const xml = exportArchimate(saved.data)
  const target = join(out, f)
  writeFileSync(target, xml)
  const xsd = validateWithXsd(target, xsdDir)
  const report = compareRoundTrip(inventory(text), inventory(xml))
  const c = report.counts
  const counts = `el ${c.elements[0]}/${c.elements[1]}, rel ${c.relationships[0]}/${c.relationships[1]}, prop ${c.properties[0]}/${c.properties[1]}, folder ${c.folders[0]}/${c.folders[1]}, node ${c.viewNodes[0]}/${c.viewNodes[1]}, conn ${c.connections[0]}/${c.connections[1]}`
  const note = [xsd.valid ? 'XSD ok' : `XSD: ${xsd.output.split('\n')[0]}`, ...report.problems.slice(0, 3), r.warnings.length ? `${r.warnings.length} warnings` : ''].filter(Boolean).join('; ')
  rows.push({ file: f, ok: xsd.valid && report.ok, counts, note })
}
rows.push(...csvSetRows(dir))

const w = Math.max(4, ...rows.map((r) => r.file.length))
console.log(`${'file'.padEnd(w)}  result  before/after                                                     note`)
for (const r of rows) console.log(`${r.file.padEnd(w)}  ${r.notChecked ? 'SKIP  ' : r.ok ? 'PASS  ' : 'FAIL  '}  ${r.counts.padEnd(64)} ${r.note}`)
const failed = rows.filter((r) => !r.ok).length
const notChecked = rows.filter((r) => r.notChecked).length
console.log(`${rows.length - failed - notChecked}/${rows.length - notChecked} lulus / passed, ${notChecked} tidak diperiksa / not checked (exported files in ${out})`)
process.exit(failed ? 1 : 0)

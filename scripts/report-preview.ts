/**
 * Dev preview of the reports: writes the example project's DOCX, XLSX, PDF, HTML and Markdown
 * into test-results/report-preview/, and turns the DOCX (through LibreOffice) and the PDF into PNG
 * pages (pdftoppm) to look at. Needs LibreOffice for the DOCX pages; the tests never do.
 *   npx tsx scripts/report-preview.ts [project-file] [--pages 1-6,30]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ProjectFile } from '../src/model/project.ts'
import { reportToPdf } from '../src/io/report/pdf/reportPdf.ts'
import { REPORT_FORMATS } from '../src/io/report/reportFormats.ts'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--')) ?? join(root, 'examples', 'kabupaten-contoh.cetakbiru.json')
const out = join(root, 'test-results', 'report-preview')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const { schemaVersion: _v, ...data } = JSON.parse(readFileSync(file, 'utf8')) as ProjectFile
const write = (name: string, content: Uint8Array | string): string => {
  const path = join(out, name)
  writeFileSync(path, content)
  console.log(`wrote ${path}`)
  return path
}

const docx = write('laporan.docx', await REPORT_FORMATS.docx(data))
write('peta-rencana.docx', await REPORT_FORMATS.docx(data, { only: 'roadmap' }))
write('laporan.xlsx', await REPORT_FORMATS.xlsx(data))
write('laporan.html', await REPORT_FORMATS.html(data))
write('laporan.md', await REPORT_FORMATS.md(data))
const pdf = write('laporan.pdf', await reportToPdf(data))

function pngPages(pdfPath: string, prefix: string): void {
  execFileSync('pdftoppm', ['-r', '70', '-png', pdfPath, join(out, prefix)])
  console.log(`pages: ${join(out, prefix)}-*.png`)
}

pngPages(pdf, 'pdf')
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync)
if (soffice) {
  const lo = join(out, 'libreoffice')
  mkdirSync(lo, { recursive: true })
  execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', lo, docx], { stdio: 'ignore' })
  pngPages(join(lo, 'laporan.pdf'), 'docx')
} else {
  console.log('LibreOffice (soffice) not found: DOCX pages skipped; apt-get install libreoffice-writer-nogui')
}

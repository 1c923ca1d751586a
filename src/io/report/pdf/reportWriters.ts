import { writeFile } from 'node:fs/promises'
import type { ProjectData } from '../../../model/project.ts'
import { REPORT_FORMATS, type ReportExportOptions } from '../reportFormats.ts'
import { reportToPdf } from './reportPdf.ts'

/** What the CLI's export registry hands a writer (structurally the same as its ExportInput). */
interface WriterInput {
  readonly data: ProjectData
  readonly output: string
  readonly io: { err(text: string): void }
}

type Name = keyof typeof REPORT_FORMATS | 'pdf'

/**
 * A CLI writer for one report format (Node only: it writes the file): `docx`, `xlsx`, `pdf`,
 * `md`, `html`, and with `{ only: 'roadmap' }` the Peta Rencana table alone. Exit 0, or 2 with a
 * message when the report cannot be made (no Chromium for the PDF, say).
 */
export function reportWriter(name: Name, options: ReportExportOptions = {}): (input: WriterInput) => Promise<number> {
  return async ({ data, output, io }) => {
    try {
      const content = name === 'pdf' ? await reportToPdf(data, options) : await REPORT_FORMATS[name](data, options)
      await writeFile(output, content)
      return 0
    } catch (e) {
      io.err(`Laporan ${name} gagal dibuat / The ${name} report could not be written: ${(e as Error).message}`)
      return 2
    }
  }
}

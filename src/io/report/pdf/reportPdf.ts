import type { ProjectData } from '../../../model/project.ts'
import { reportToHtml } from '../html/reportHtml.ts'
import { buildReport } from '../reportModel.ts'
import { UnsupportedOnlyError, type ReportExportOptions } from '../reportFormats.ts'
import { htmlToPdf, type PdfOptions } from './htmlToPdf.ts'

/** The report as PDF: the HTML report printed by headless Chromium (Node only). */
export async function reportToPdf(data: ProjectData, options: ReportExportOptions & PdfOptions = {}): Promise<Uint8Array> {
  if (options.only) throw new UnsupportedOnlyError('pdf')
  const report = buildReport(data, options)
  return htmlToPdf(reportToHtml(report), { ...options, footer: options.footer ?? report.cover.organization })
}

import type { ProjectData } from '../../model/project.ts'
import { reportToDocx, roadmapToDocx } from './docx/reportDocx.ts'
import { reportToHtml } from './html/reportHtml.ts'
import { reportToMarkdown } from './reportMarkdown.ts'
import { buildReport, type ReportOptions } from './reportModel.ts'
import { reportToXlsx, roadmapToXlsx } from './xlsx/reportXlsx.ts'

export interface ReportExportOptions extends ReportOptions {
  /** `roadmap`: the Peta Rencana table alone (DOCX and XLSX). */
  readonly only?: 'roadmap'
}

export type ReportExporter = (data: ProjectData, options?: ReportExportOptions) => Promise<Uint8Array | string>

export class UnsupportedOnlyError extends Error {
  constructor(format: string) {
    super(`--only roadmap tersedia untuk docx dan xlsx, bukan ${format} / --only roadmap is available for docx and xlsx, not ${format}`)
  }
}

/**
 * The report formats that run anywhere (Node and the browser): each takes the project and gives
 * the file's bytes or text. PDF is added by the CLI from ./pdf (it needs headless Chromium).
 */
export const REPORT_FORMATS = {
  docx: async (data, options = {}) => (options.only === 'roadmap' ? roadmapToDocx(buildReport(data, options)) : reportToDocx(buildReport(data, options))),
  xlsx: async (data, options = {}) => (options.only === 'roadmap' ? roadmapToXlsx(buildReport(data, options)) : reportToXlsx(buildReport(data, options))),
  md: async (data, options = {}) => {
    if (options.only) throw new UnsupportedOnlyError('md')
    return reportToMarkdown(buildReport(data, options))
  },
  html: async (data, options = {}) => {
    if (options.only) throw new UnsupportedOnlyError('html')
    return reportToHtml(buildReport(data, options))
  },
} satisfies Record<string, ReportExporter>

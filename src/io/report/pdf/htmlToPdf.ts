import { existsSync } from 'node:fs'

/**
 * Prints an HTML report to PDF with headless Chromium (Debian's, through playwright-core): the
 * same HTML the browser app prints with window.print(), so both routes give the same pages.
 * Node only (the CLI, scripts and tests); the document builders never import this.
 */
export interface PdfOptions {
  /** Default: $CHROMIUM_PATH or /usr/bin/chromium. */
  readonly chromiumPath?: string
  /** Printed at the foot of every page, left of the page number. */
  readonly footer?: string
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run']

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(`Chromium tidak ada di ${path}; pasang dengan apt-get install chromium atau atur CHROMIUM_PATH / Chromium not found at ${path}: apt-get install chromium, or set CHROMIUM_PATH`)
  }
}

function footerTemplate(text: string): string {
  const safe = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<div style="font-family: 'Liberation Serif', serif; font-size: 8pt; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between; color: #333;">
<span>${safe}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`
}

export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath)
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    const page = await context.newPage()
    // Nothing in the report loads anything; refuse any request all the same.
    await page.route('**/*', (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load' })
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(options.footer ?? ''),
      outline: true,
      tagged: true,
    })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    await browser.close()
  }
}

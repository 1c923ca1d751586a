// The browser build: the default one needs Node's Buffer.
import { stringify } from 'csv-stringify/browser/esm/sync'
import { csvSafe } from '../../io/csvSafe.ts'
import type { Locale } from '../../model/message.ts'
import type { Translate } from '../i18n/translate.ts'
import { columnLabel, type CatalogueColumn } from './catalogueColumns.ts'
import type { CatalogueRow } from './catalogueRows.ts'

/**
 * The rows as CSV for a spreadsheet, every one of them (not only those the virtual table has on
 * screen): the column headings in the user's language, cells as the table shows them except
 * numbers, which stay plain (1500000, not 1.500.000) so the spreadsheet reads them as numbers.
 * Text that would run as a formula is kept as text. A BOM tells Excel the file is UTF-8.
 */
export function catalogueCsv(rows: readonly CatalogueRow[], columns: readonly CatalogueColumn[], t: Translate, locale: Locale): string {
  return stringify(
    rows.map((r) => columns.map((c) => {
      const cell = r.cells[c.id]
      return cell?.number !== undefined ? String(cell.number) : cell?.text ?? ''
    })),
    { header: true, bom: true, columns: columns.map((c) => columnLabel(c, t, locale)), cast: { string: csvSafe } },
  )
}

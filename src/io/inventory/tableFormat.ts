import { randomId } from '../../model/commands/commandContext.ts'
import { emptyProject } from '../../model/emptyProject.ts'
import { serializeProject } from '../../model/file/serialize.ts'
import { bilingual, msg } from '../../model/message.ts'
import { DOMAINS } from '../../model/metamodel/domains.ts'
import { EXIT_OK, EXIT_UNREADABLE, readIntoProject, readOrReport, writeOrReport, type FormatFs, type FormatImportInput } from '../archiCsv/cliFiles.ts'
import { formatCsvIssue } from '../archiCsv/csvIssue.ts'
import { applyImportToProject } from './applyImport.ts'
import { parseMappingText, suggestMapping } from './inventoryMapping.ts'
import { readInventoryFile } from './inventoryTable.ts'
import { previewImport } from './previewImport.ts'

/**
 * `cetakbiru import <inventory.xlsx|csv> --format table --mapping <mapping.json> [--into <project>]
 * -o <project>`. Without --mapping it prints the suggested mapping to start from and writes
 * nothing. Any cell that does not convert stops the import (all or nothing), listing every one.
 */
export function tableImportFormat(fs: FormatFs) {
  return async ({ files, output, options, io }: FormatImportInput): Promise<number> => {
    if (files.length !== 1) {
      io.err('Format table membaca tepat satu berkas XLSX atau CSV / The table format reads exactly one XLSX or CSV file')
      return EXIT_UNREADABLE
    }
    const file = files[0]!
    const content = await readOrReport(fs, file, io)
    if (!content) return EXIT_UNREADABLE
    let mappingText: string | undefined
    if (options.mapping) {
      const bytes = await readOrReport(fs, options.mapping, io)
      if (!bytes) return EXIT_UNREADABLE
      mappingText = new TextDecoder().decode(bytes)
    }
    const parsedMapping = mappingText === undefined ? undefined : parseMappingText(mappingText)
    if (parsedMapping && !parsedMapping.ok) {
      for (const p of parsedMapping.problems) io.err(`${options.mapping}: ${bilingual(p)}`)
      return EXIT_UNREADABLE
    }
    const read = await readInventoryFile(content, file, parsedMapping?.ok && parsedMapping.mapping.sheet ? { sheet: parsedMapping.mapping.sheet } : {})
    if (!read.ok) {
      for (const issue of read.issues) io.err(formatCsvIssue(issue))
      return EXIT_UNREADABLE
    }
    if (!parsedMapping) {
      io.err(bilingual(msg(
        'Pemetaan kolom belum diberikan. Usulan di bawah ini: simpan sebagai berkas JSON, periksa "domain" dan kolomnya, lalu jalankan lagi dengan --mapping <berkas>',
        'No column mapping given. A suggestion follows: save it as a JSON file, check "domain" and the columns, then run again with --mapping <file>',
      )))
      // The domain whose words match most headers is the likely one.
      const suggestion = DOMAINS.map((d) => suggestMapping(read.table.header, d.id)).reduce((a, b) => (Object.keys(b.columns).length > Object.keys(a.columns).length ? b : a))
      io.out(JSON.stringify({ $schema: 'https://cetakbiru.id/schemas/inventory-mapping.schema.json', ...suggestion }, null, 2))
      return EXIT_UNREADABLE
    }
    const into = options.into ? await readIntoProject(fs, options.into, io) : undefined
    if (options.into && !into) return EXIT_UNREADABLE
    const base = into ?? emptyProject({ id: randomId('p'), name: 'Impor inventaris', organization: 'Pemerintah Daerah', organizationType: 'kabupaten', planStartYear: new Date().getFullYear() })
    const planned = previewImport(read.table, parsedMapping.mapping, base)
    if (!planned.ok) {
      for (const issue of planned.issues) io.err(formatCsvIssue(issue))
      return EXIT_UNREADABLE
    }
    const p = planned.preview
    const errors = p.issues.filter((i) => i.severity === 'error')
    for (const w of p.issues.filter((i) => i.severity === 'warning')) io.err(`PERINGATAN/WARNING ${formatCsvIssue(w)}`)
    for (const d of p.duplicates) {
      const other = 'id' in d.existing ? `"${d.existing.name}"` : `baris/line ${d.existing.line}`
      io.err(`PERINGATAN/WARNING ${file}, baris/line ${d.line}: "${d.name}" mungkin sama dengan / may duplicate ${other}`)
    }
    if (errors.length > 0) {
      for (const e of errors) io.err(formatCsvIssue(e))
      io.err(`${errors.length} sel tidak sah; tidak ada yang diimpor / ${errors.length} invalid cells; nothing was imported`)
      return EXIT_UNREADABLE
    }
    const applied = applyImportToProject(base, p)
    if (!applied.ok) {
      io.err(bilingual(applied.error))
      return EXIT_UNREADABLE
    }
    if (!(await writeOrReport(fs, output, serializeProject(applied.data), io))) return EXIT_UNREADABLE
    // With no errors, the only skipped rows are those without a name.
    const unnamed = p.skipped.length
    io.out(
      `${output}: ${p.creates.length} elemen baru, ${p.updates.length} diperbarui, ${unnamed} baris tanpa nama dilewati, ${p.newOpd.length} OPD baru` +
        ` / ${p.creates.length} created, ${p.updates.length} updated, ${unnamed} rows without a name skipped, ${p.newOpd.length} new OPD`,
    )
    return EXIT_OK
  }
}

import type { CliCommand } from './cliCommand.ts'

/** What `--help` says of a command, apart from the code that runs it (so main.ts can list a command it loads only when asked for). */
export type CommandInfo = Pick<CliCommand, 'name' | 'usage' | 'summary'>

export const EXPORT_INFO: CommandInfo = {
  name: 'export',
  usage: 'cetakbiru export <berkas.cetakbiru.json> --format <format> -o <berkas-keluaran>',
  summary: {
    id: 'Mengekspor proyek: laporan docx, xlsx, pdf, md, html; tabel Peta Rencana roadmap-docx, roadmap-xlsx; archimate (Model Exchange File 3.1); archi-csv',
    en: 'Exports a project: report as docx, xlsx, pdf, md, html; the Peta Rencana table as roadmap-docx, roadmap-xlsx; archimate (Model Exchange File 3.1); archi-csv',
  },
}

export const IMPORT_INFO: CommandInfo = {
  name: 'import',
  usage: 'cetakbiru import <berkas...> --format <format> [--mapping <berkas>] [--into <berkas.cetakbiru.json>] -o <berkas.cetakbiru.json>',
  summary: {
    id: 'Mengimpor berkas menjadi proyek: archimate (Model Exchange File 3.x), archi-csv, table (inventaris XLSX/CSV dengan --mapping); atomik: semua sah atau tidak ada yang ditulis',
    en: 'Imports files into a project: archimate (Model Exchange File 3.x), archi-csv, table (an XLSX/CSV inventory with --mapping); atomic: all valid or nothing written',
  },
}

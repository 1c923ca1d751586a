import { EXIT, processIo, type CliCommand, type CliIo } from './cliCommand.ts'
import { validateCommand } from './validateCommand.ts'
import { gapCommand } from './gapCommand.ts'
import { roadmapCommand } from './roadmapCommand.ts'
import { indexCommand } from './indexCommand.ts'
import { EXPORT_INFO, IMPORT_INFO, type CommandInfo } from './commandInfo.ts'

/**
 * `cetakbiru token`: a token signed with the sync server's secret (server/auth/tokenCommand.ts),
 * loaded only when asked for, so the file commands never load the server's SQLite driver.
 */
export const tokenRoute: CliCommand = {
  name: 'token',
  usage: 'cetakbiru token --project <id> --role <owner|editor|viewer> [--ttl <90d|12h|30m>] [--data-dir <dir>]  |  cetakbiru token --session [--ttl <durasi/duration>] [--data-dir <dir>]',
  summary: {
    id: 'Mencetak token bertanda tangan rahasia server untuk satu proyek, atau tautan masuk pemilik (--session)',
    en: 'Prints a token signed with the server\'s secret for one project, or the owner\'s sign-in token (--session)',
  },
  async run(args, io) {
    const { tokenCommand } = await import('../../server/auth/tokenCommand.ts')
    return tokenCommand(args, (line) => io.out(line), (line) => io.err(line))
  },
}

/**
 * A command whose code is loaded only when it runs: export and import pull in docx, exceljs, the
 * XML parser and Chromium's driver (about 0.8 s), which validate, gap and roadmap never need.
 */
function lazyCommand(info: CommandInfo, load: () => Promise<CliCommand>): CliCommand {
  return { ...info, run: async (args, io) => (await load()).run(args, io) }
}

const exportRoute = lazyCommand(EXPORT_INFO, async () => (await import('./exportCommand.ts')).exportCommand)
const importRoute = lazyCommand(IMPORT_INFO, async () => (await import('./importCommand.ts')).importCommand)

/** Every subcommand, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, gapCommand, roadmapCommand, indexCommand, exportRoute, importRoute, tokenRoute]

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  const lines = [
    'cetakbiru: Arsitektur dan Peta Rencana SPBE / SPBE architecture and roadmap',
    '',
    'Penggunaan / usage: cetakbiru <perintah/command> [opsi/options]',
    '',
    'Perintah / commands:',
    ...COMMANDS.flatMap((c) => [`  ${c.name.padEnd(width)}  ${c.summary.id}`, `  ${' '.repeat(width)}  ${c.summary.en}`, `  ${' '.repeat(width)}  ${c.usage}`]),
    '',
    'cetakbiru <perintah> --help menampilkan penggunaan perintah itu / shows that command\'s usage.',
  ]
  return lines.join('\n')
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText())
    return name ? EXIT.ok : EXIT.unreadable
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`Perintah tidak dikenal: ${name} / unknown command: ${name}`)
    io.err(helpText())
    return EXIT.unreadable
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${command.summary.id}\n${command.summary.en}\n\nPenggunaan / usage: ${command.usage}`)
    return EXIT.ok
  }
  return command.run(rest, io)
}

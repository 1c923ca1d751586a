import { EXIT, type CliIo } from './cliCommand.ts'

export function usageError(io: CliIo, usage: string, detail?: string): number {
  if (detail) io.err(detail)
  io.err(`Penggunaan / usage: ${usage}`)
  return EXIT.unreadable
}

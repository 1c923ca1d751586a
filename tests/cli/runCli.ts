import type { CliIo } from '../../src/cli/cliCommand.ts'
import { main } from '../../src/cli/main.ts'

export interface CliRun {
  readonly code: number
  readonly out: string
  readonly err: string
}

/** Runs `body` with an io that keeps what it prints (a line each), and its exit code. */
export async function captured(body: (io: CliIo) => Promise<number>): Promise<CliRun> {
  let out = ''
  let err = ''
  const code = await body({ out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') })
  return { code, out, err }
}

/** The command line (`cetakbiru ...argv`) in this process. */
export function runCli(...argv: string[]): Promise<CliRun> {
  return captured((io) => main(argv, io))
}

/** One subcommand of `cetakbiru`: registered in main.ts, listed by --help. */
export interface CliCommand {
  readonly name: string
  readonly usage: string
  readonly summary: { readonly id: string; readonly en: string }
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>
}

/** Where a command writes; tests pass buffers instead of the process streams. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
}

/** Exit codes shared by every command that reads a project file. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const

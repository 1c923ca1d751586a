import { parseArgs } from 'node:util'
import { bilingual } from '../model/message.ts'
import { formatLoadError } from '../model/file/loadError.ts'
import { countBySeverity, type Finding } from '../model/validation/finding.ts'
import { validateProject } from '../model/validation/validateProject.ts'
import { EXIT, type CliCommand } from './cliCommand.ts'
import { readProjectFile } from './readProjectFile.ts'
import { usageError } from './usageError.ts'

const SEVERITY_LABEL = { error: 'GALAT/ERROR', warning: 'PERINGATAN/WARNING', info: 'INFO' } as const

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'cetakbiru validate <berkas.cetakbiru.json> [--format text|json]',
  summary: {
    id: 'Memeriksa berkas proyek terhadap metamodel dan katalog referensi (exit 0 sah, 1 ada galat, 2 tidak terbaca)',
    en: 'Checks a project file against the metamodel and reference catalogue (exit 0 valid, 1 errors, 2 unreadable)',
  },
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string', default: 'text' } } })
    } catch (e) {
      return usageError(io, this.usage, (e as Error).message)
    }
    const format = parsed.values.format
    const file = parsed.positionals[0]
    if (!file || parsed.positionals.length > 1 || (format !== 'text' && format !== 'json')) return usageError(io, this.usage)

    const result = await readProjectFile(file, { integrity: false })
    if (!result.ok) {
      if (format === 'json') io.out(JSON.stringify({ file, readable: false, stage: result.stage, errors: result.errors }, null, 2))
      else for (const e of result.errors) io.err(formatLoadError(e, file))
      return EXIT.unreadable
    }
    const findings = validateProject(result.data)
    const counts = countBySeverity(findings)
    if (format === 'json') {
      io.out(JSON.stringify({ file, readable: true, valid: counts.error === 0, migratedFrom: result.migratedFrom, counts, findings }, null, 2))
    } else {
      for (const f of findings) io.out(formatFinding(f))
      io.out(
        `${file}: ${counts.error} galat, ${counts.warning} peringatan, ${counts.info} info / ` +
          `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
      )
    }
    return counts.error > 0 ? EXIT.findings : EXIT.ok
  },
}

function formatFinding(f: Finding): string {
  return `${SEVERITY_LABEL[f.severity]}  ${f.path}  [${f.rule}]  ${bilingual(f.message)}`
}

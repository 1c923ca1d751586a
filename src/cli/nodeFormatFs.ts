import { readFile, stat, writeFile } from 'node:fs/promises'
import type { FormatFs } from '../io/archiCsv/cliFiles.ts'
import { DEFAULT_CSV_LIMITS } from '../io/archiCsv/csvTable.ts'

/** The file system the CSV and table formats get from the command line; sizes are checked before reading. */
export const nodeFormatFs: FormatFs = {
  async readFile(path) {
    const { size } = await stat(path)
    // The importers refuse larger inputs anyway; this keeps a huge file from being read at all.
    if (size > DEFAULT_CSV_LIMITS.maxBytes * 4) throw Object.assign(new Error('too large'), { code: 'EFBIG' })
    return new Uint8Array(await readFile(path))
  },
  writeFile: (path, data) => writeFile(path, data),
}

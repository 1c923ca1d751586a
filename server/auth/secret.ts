import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const SECRET_FILE = 'secret.key'

/**
 * The key tokens are signed with (HS256): 32 random bytes in `DATA_DIR/secret.key`, created on
 * first start with mode 0600 (only the server's user may read it). A key file someone made
 * readable by others is put back to 0600. Deleting the file signs everybody out.
 */
export async function loadOrCreateSecret(dataDir: string): Promise<Uint8Array> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  const file = join(dataDir, SECRET_FILE)
  try {
    await writeFile(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
  }
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600)
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url')
  if (key.length < 32) throw new Error(`${file}: kunci terlalu pendek / key too short (${key.length} bytes, need 32)`)
  return new Uint8Array(key)
}

// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { REPO_ROOT } from '../../scripts/start.ts'
import { signToken } from '../../server/auth/tokens.ts'
import { connectClient, waitFor, type TestClient } from './syncHarness.ts'

/**
 * The real `server/main.ts` as a child process, killed with SIGKILL in the middle of a burst of
 * edits: every edit any client had received from the server must be there after the restart.
 */
const children: ChildProcess[] = []
const clients: TestClient[] = []
let dataDir: string
afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

/** Starts the server; resolves with its base URL once it prints it. */
function startChild(dir: string): Promise<{ child: ChildProcess; port: number }> {
  // One process (node --import tsx), so SIGKILL hits the server itself, not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const m = /running at http:\/\/[^:]+:(\d+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve({ child, port: Number(m[1]) })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
}

describe('crash safety', () => {
  it('keeps every update a client received after kill -9 mid-burst', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cetakbiru-crash-'))
    const { child, port } = await startChild(dataDir)
    const secret = new Uint8Array(Buffer.from((await readFile(join(dataDir, 'secret.key'), 'utf8')).trim(), 'base64url'))
    const token = await signToken(secret, { sub: 'u-crash', prj: 'ledakan', role: 'owner' }, 3600)
    const url = `ws://127.0.0.1:${port}/sync`

    // Each client remembers every key that reached it from the server (not its own writes).
    const received = new Set<string>()
    const burst = Array.from({ length: 3 }, (_, i) => {
      const c = connectClient(url, 'ledakan', token)
      clients.push(c)
      c.doc.getMap('elements').observe((event) => {
        if (event.transaction.origin !== c.provider) return
        for (const key of event.keysChanged) received.add(key)
      })
      return { c, i }
    })
    await Promise.all(burst.map(({ c }) => c.synced))

    let running = true
    const writers = burst.map(async ({ c, i }) => {
      for (let n = 0; running; n++) {
        c.doc.getMap('elements').set(`c${i}-${n}`, n)
        await new Promise((r) => setTimeout(r, 1))
      }
    })
    await waitFor(() => received.size >= 150, 'edits to flow between clients', 15_000)
    child.kill('SIGKILL')
    await new Promise<void>((resolve) => child.once('exit', () => resolve()))
    running = false
    await Promise.all(writers)
    const seen = [...received]
    for (const { c } of burst) c.destroy()

    const restarted = await startChild(dataDir)
    const late = connectClient(`ws://127.0.0.1:${restarted.port}/sync`, 'ledakan', token, new Y.Doc())
    clients.push(late)
    await late.synced
    const missing = seen.filter((key) => !late.doc.getMap('elements').has(key))
    console.log(`kill -9 mid-burst: ${seen.length} updates had reached other clients; missing after restart: ${missing.length}`)
    expect(missing).toEqual([])
    restarted.child.kill('SIGTERM')
    await new Promise<void>((resolve) => restarted.child.once('exit', () => resolve()))
  }, 60_000)
})

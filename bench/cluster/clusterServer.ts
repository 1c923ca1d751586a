import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signToken } from '../../server/auth/tokens.ts'
import { startNginx, type NginxChild } from '../../tests/server/postgresCluster.ts'
import type { PostgresInstance } from '../../tests/server/postgresInstance.ts'
import { startOurs, type ProbeReport, type ServerProcess } from '../sync/serverProcess.ts'

export type Topology = 'one' | 'two'

/** One configuration of the cluster benchmark, seen by the load generator as one server. */
export interface ClusterServer extends ServerProcess {
  readonly topology: Topology
  /** The server processes' pids, in upstream order. */
  readonly serverPids: readonly number[]
  /** Which process (index into serverPids) nginx sends `room` to; always 0 for one process. */
  routeOf(room: string): Promise<number>
  /** How many WebSocket connections of `rooms` each process served, from nginx's access log (after they closed). */
  connectionsPerProcess(rooms: readonly string[]): Promise<number[]>
}

/**
 * `one`: a single `server/main.ts` with DATABASE_URL, clients connect to it directly. `two`: two of
 * them on the same database (sharing DATA_DIR and its secret.key), nginx in front rendered from
 * deploy/nginx/cetakbiru.conf (consistent hashing of the project id). A fresh database per round.
 */
export async function startCluster(topology: Topology, postgres: PostgresInstance, database: string): Promise<ClusterServer> {
  const databaseUrl = await postgres.createDatabase(database)
  const dataDir = await mkdtemp(join(tmpdir(), 'cetakbiru-bench-cluster-'))
  const servers: ServerProcess[] = []
  let nginx: NginxChild | undefined
  try {
    const options = { dataDir, env: { DATABASE_URL: databaseUrl } }
    // One after the other: the first creates the owner and secret.key, the second shares them.
    servers.push(await startOurs(options))
    if (topology === 'two') servers.push(await startOurs(options))
    const ports = servers.map((s) => Number(/:(\d+)\//.exec(s.syncUrl)![1]))
    if (topology === 'two') nginx = await startNginx(ports)
  } catch (e) {
    await Promise.all(servers.map((s) => s.stop()))
    await rm(dataDir, { recursive: true, force: true })
    throw e
  }
  const secret = new Uint8Array(Buffer.from((await readFile(join(dataDir, 'secret.key'), 'utf8')).trim(), 'base64url'))
  const tokens = new Map<string, Promise<string>>()
  const stderr: string[] = []
  const ports = servers.map((s) => /:(\d+)\//.exec(s.syncUrl)![1]!)
  const upstreamIndex = (line: string): number => ports.indexOf(/:(\d+)$/.exec(line)?.[1] ?? '')
  const proxy = nginx

  return {
    kind: 'ours',
    topology,
    pid: servers[0]!.pid,
    pids: servers.map((s) => s.pid),
    serverPids: servers.map((s) => s.pid),
    syncUrl: proxy ? proxy.syncUrl : servers[0]!.syncUrl,
    params: async (room) => {
      let token = tokens.get(room)
      if (!token) {
        token = signToken(secret, { sub: 'u-bench', prj: room, role: 'owner', name: 'Bench' }, 3600)
        tokens.set(room, token)
      }
      return { token: await token }
    },
    // Every process's stderr, read live.
    get stderr() {
      stderr.length = 0
      for (const s of servers) stderr.push(...s.stderr)
      return stderr
    },
    probe: async () => mergeProbes(await Promise.all(servers.map((s) => s.probe()))),
    routeOf: async (room) => {
      if (!proxy) return 0
      // GET /api/projects/<id> hashes on the same key as /sync/<id> (deploy/nginx/cetakbiru.conf);
      // nginx logs the upstream it chose once the answer went out.
      const lines = async (): Promise<string[]> => (await proxy.accessLog()).filter((l) => l.startsWith(`/api/projects/${room} `))
      const before = (await lines()).length
      await fetch(`http://127.0.0.1:${proxy.port}/api/projects/${room}`)
      const start = Date.now()
      while ((await lines()).length === before && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 10))
      const i = upstreamIndex((await lines()).at(-1) ?? '')
      if (i < 0) throw new Error(`nginx logged no upstream for ${room}`)
      return i
    },
    connectionsPerProcess: async (rooms) => {
      const counts = servers.map(() => 0)
      if (!proxy) {
        counts[0] = NaN
        return counts
      }
      const wanted = new Set(rooms.map((r) => `/sync/${r}`))
      for (const line of await proxy.accessLog()) {
        const [uri] = line.split(' ')
        const i = upstreamIndex(line)
        if (uri !== undefined && wanted.has(uri) && i >= 0) counts[i]!++
      }
      return counts
    },
    stop: async () => {
      await proxy?.stop()
      await Promise.all(servers.map((s) => s.stop()))
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Loop delay: the worst process; GC: summed over the processes, longest pause of any. */
function mergeProbes(reports: readonly ProbeReport[]): ProbeReport {
  return {
    loopP50Ms: Math.max(...reports.map((r) => r.loopP50Ms)),
    loopP99Ms: Math.max(...reports.map((r) => r.loopP99Ms)),
    loopMaxMs: Math.max(...reports.map((r) => r.loopMaxMs)),
    gcCount: reports.reduce((a, r) => a + r.gcCount, 0),
    gcTotalMs: reports.reduce((a, r) => a + r.gcTotalMs, 0),
    gcMaxMs: Math.max(...reports.map((r) => r.gcMaxMs)),
  }
}

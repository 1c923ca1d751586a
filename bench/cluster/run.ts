/**
 * `npm run bench:cluster` (issue 8): the load of `npm run bench:sync` (bench/sync/loadRun.ts, stock
 * y-websocket clients in this process) against (a) one `server/main.ts` process on PostgreSQL and
 * (b) two of them on the same PostgreSQL behind nginx (deploy/nginx/cetakbiru.conf, consistent
 * hashing of the project id), in the same run, in alternating order (AB BA ...), fresh processes
 * and a fresh database every round. PostgreSQL is a throwaway loopback cluster
 * (tests/server/postgresInstance.ts, fsync=off), nginx a foreground child
 * (tests/server/postgresCluster.ts).
 *
 * For (b) the rooms are chosen so that nginx's hash spreads them over both processes as evenly as
 * the room count allows (the ring depends on the upstream ports, so per round); the spread is
 * checked afterwards from nginx's access log and printed. Prints p50/p95/p99, deliveries/s, errors,
 * CPU of each server process and of PostgreSQL, RSS, and the ratios two/one. Writes
 * bench/out/cluster-latest.json.
 *   npm run bench:cluster -- --clients 50,200 --rooms 5,10 --seconds 15 --rounds 2
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { REPO_ROOT } from '../../scripts/start.ts'
import { startPostgres } from '../../tests/server/postgresInstance.ts'
import { runLoad, type LoadOptions, type LoadResult } from '../sync/loadRun.ts'
import { processesUsage } from '../sync/serverProcess.ts'
import { mergeRounds, summarize } from '../sync/syncReport.ts'
import { startCluster, type ClusterServer, type Topology } from './clusterServer.ts'
import { printClusterReport, type ClusterComparison, type RoundExtras } from './clusterReport.ts'
import { postgresPids } from './postgresProcesses.ts'
import { pickSpreadRooms } from './roomSpread.ts'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50,200' },
    rooms: { type: 'string', default: '5,10' },
    seconds: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    interval: { type: 'string', default: '500' },
    drain: { type: 'string', default: '5' },
  },
})
const CLIENTS = values.clients.split(',').map(Number)
const ROOMS = values.rooms.split(',').map(Number)
const SECONDS = Number(values.seconds)
const ROUNDS = Number(values.rounds)
const WARMUP = Number(values.warmup)
const INTERVAL = Number(values.interval)
const DRAIN = Number(values.drain)
if (CLIENTS.some((n) => !(n >= 2)) || ROOMS.length !== CLIENTS.length || ROOMS.some((n) => !(n >= 2))) {
  throw new Error('--clients takes numbers >= 2, --rooms one number >= 2 for each of them (two processes need two rooms)')
}
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--rounds takes a whole number >= 1')
if (!(SECONDS > 0) || !(WARMUP >= 0) || !(INTERVAL > 0) || !(DRAIN >= 0)) throw new Error('--seconds, --warmup, --interval and --drain take positive numbers')

async function main(): Promise<void> {
  // Every y-websocket provider adds a process 'exit' listener; a configuration opens 200.
  process.setMaxListeners(0)
  const started = new Date()
  const machine = `Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
  const loadBefore = loadavg()
  console.log(`Cetakbiru cluster benchmark, ${started.toISOString()}, ${machine}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`)
  console.log(`(a) one server process on PostgreSQL, (b) two behind nginx on the same PostgreSQL. Each client edits every ${INTERVAL} ms ±50%; per configuration ${ROUNDS} round(s) of each (alternating), each ${WARMUP} s warm-up and ${(SECONDS / ROUNDS).toFixed(1)} s measured (${SECONDS} s in all), up to ${DRAIN} s drain.`)
  const postgres = await startPostgres()
  const comparisons: ClusterComparison[] = []
  let database = 0
  try {
    for (const [i, clients] of CLIENTS.entries()) {
      const rooms = ROOMS[i]!
      const pair: Topology[] = i % 2 === 0 ? ['one', 'two'] : ['two', 'one']
      const order = Array.from({ length: ROUNDS }, (_, k) => (k % 2 === 0 ? pair : [...pair].reverse())).flat()
      const results: Record<Topology, LoadResult[]> = { one: [], two: [] }
      const extras: Record<Topology, RoundExtras[]> = { one: [], two: [] }
      for (const [k, topology] of order.entries()) {
        const server = await startCluster(topology, postgres, `bench_${++database}`)
        try {
          const prefix = `bc-${clients}-${k}`
          const roomNames = topology === 'two' ? await pickSpreadRooms(server, rooms, prefix) : Array.from({ length: rooms }, (_, r) => `${prefix}-r${r}`)
          const window = measureWindow(server, postgres.port)
          const options: LoadOptions = { clients, rooms, editIntervalMs: INTERVAL, warmupSeconds: WARMUP, seconds: SECONDS / ROUNDS, drainSeconds: DRAIN, roomNames, onWindow: window }
          const round = await runLoad(server, options, prefix)
          const routes = await Promise.all(roomNames.map((r) => server.routeOf(r)))
          const roomsPerProcess = server.serverPids.map((_, p) => routes.filter((x) => x === p).length)
          const clientsPerProcess = server.serverPids.map((_, p) => roomNames.reduce((a, _r, ri) => a + (routes[ri] === p ? clientsOfRoom(clients, rooms, ri) : 0), 0))
          // nginx logs a WebSocket once it closed: give it a moment after the clients were destroyed.
          await new Promise((r) => setTimeout(r, 500))
          const extra: RoundExtras = { ...window.result(), roomsPerProcess, clientsPerProcess, connectionsPerProcess: await server.connectionsPerProcess(roomNames) }
          results[topology].push(round)
          extras[topology].push(extra)
          const s = summarize(round)
          const spread = topology === 'two' ? `, rooms per process ${roomsPerProcess.join('/')}, clients ${clientsPerProcess.join('/')}, WebSocket connections logged by nginx ${extra.connectionsPerProcess.join('/')}` : ''
          console.log(`  ${clients} clients / ${rooms} rooms, ${topology === 'one' ? 'one process ' : 'two + nginx '}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ${s.deliveriesPerSecond.toFixed(0)} deliveries/s, server CPU ${extra.serverCpuPercent.map((c) => c.toFixed(0)).join('+')}%, PostgreSQL CPU ${extra.postgresCpuPercent.toFixed(0)}%, loadgen CPU ${s.loadCpuPercent.toFixed(0)}%, ${s.errorCount} errors${spread}`)
          if (server.stderr.length > 0) console.log(`    server stderr: ${server.stderr.slice(0, 5).join(' | ')}`)
        } finally {
          await server.stop()
        }
      }
      comparisons.push({
        clients,
        rooms,
        one: summarize(mergeRounds(results.one), results.one),
        two: summarize(mergeRounds(results.two), results.two),
        oneExtras: extras.one,
        twoExtras: extras.two,
      })
    }
  } finally {
    await postgres.stop()
  }

  console.log('')
  printClusterReport(comparisons, (line) => console.log(line))
  const loadAfter = loadavg()
  console.log(`\nLoad average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores; the load generator, PostgreSQL, nginx and the servers all share them)`)
  const outDir = join(REPO_ROOT, 'bench/out')
  mkdirSync(outDir, { recursive: true })
  const json = {
    date: started.toISOString(),
    machine,
    loadAverage: { before: loadBefore, after: loadAfter },
    options: { clients: CLIENTS, rooms: ROOMS, seconds: SECONDS, rounds: ROUNDS, warmup: WARMUP, intervalMs: INTERVAL, drain: DRAIN },
    comparisons: comparisons.map((c) => ({ ...c, one: { ...c.one }, two: { ...c.two } })),
  }
  writeFileSync(join(outDir, 'cluster-latest.json'), JSON.stringify(json, null, 2) + '\n')
  console.log('Wrote bench/out/cluster-latest.json')
}

/** Clients per room as loadRun spreads them (round-robin). */
function clientsOfRoom(clients: number, rooms: number, room: number): number {
  return Math.floor(clients / rooms) + (room < clients % rooms ? 1 : 0)
}

/** CPU of each server process and of PostgreSQL's processes over loadRun's measured window. */
function measureWindow(server: ClusterServer, postgresPort: number): { start: () => void; end: () => void; result: () => Pick<RoundExtras, 'serverCpuPercent' | 'postgresCpuPercent'> } {
  let t0 = 0
  let seconds = NaN
  let pg: number[] = []
  let before: number[] = []
  let pgBefore: number[] = []
  let serverCpu: number[] = []
  let pgCpu = NaN
  return {
    start: () => {
      t0 = performance.now()
      pg = postgresPids(postgresPort)
      before = server.serverPids.map((p) => processesUsage([p]).cpuSeconds)
      pgBefore = pg.map((p) => processesUsage([p]).cpuSeconds)
    },
    end: () => {
      seconds = (performance.now() - t0) / 1000
      serverCpu = server.serverPids.map((p, i) => ((processesUsage([p]).cpuSeconds - before[i]!) / seconds) * 100)
      // A backend that exited during the window reads as 0: count only those still there.
      const pgUsed = pg.reduce((a, p, i) => a + Math.max(0, processesUsage([p]).cpuSeconds - pgBefore[i]!), 0)
      pgCpu = (pgUsed / seconds) * 100
    },
    result: () => ({ serverCpuPercent: serverCpu, postgresCpuPercent: pgCpu }),
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)

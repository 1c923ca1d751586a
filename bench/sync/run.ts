/**
 * `npm run bench:sync`: our sync server (durability on: SQLite in WAL mode, every update committed
 * before it is broadcast) against the reference `@y/websocket-server` 0.1.1 in its default
 * in-memory setup, under the same load, in the same run (issue 5).
 *
 * Each server runs as a child process of its own (ours: `server/main.ts` with a fresh temp
 * DATA_DIR; the reference: its own bin), started fresh for every round; its CPU and resident
 * memory are read from /proc/<pid>, its event-loop delay and GC pauses by a preloaded probe
 * (bench/sync/loopProbe.mjs). The load generator is this process: stock `y-websocket` clients
 * (`ws`, `disableBc: true`), so every sender and receiver shares one clock (bench/sync/loadRun.ts).
 * Configurations `--clients 10,50,200` in `--rooms 1,5,10`; each runs `--rounds` rounds (default
 * 3) against each server in alternating order (AB BA AB), `--seconds` measured per server in all
 * (default 20, split over the rounds), each round after `--warmup` seconds. Prints percentiles
 * (all rounds pooled, and each round's p95), throughput, CPU, memory, errors, the ratios
 * ours/reference and the targets; writes bench/out/sync-latest.json.
 *   npm run bench:sync -- --clients 50 --rooms 5 --seconds 10
 * `--cpu-prof` starts ours with `node --cpu-prof` (profiles in bench/out/sync-prof/) and prints
 * where its time went; `--synchronous FULL` adds an fsync per update; `--ours-storage memory` runs
 * ours without durability (MemoryStorage), to tell the cost of durability from the rest.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { REPO_ROOT } from '../../scripts/start.ts'
import { runLoad, type LoadOptions, type LoadResult } from './loadRun.ts'
import { summarizeProfiles } from './profileSummary.ts'
import { startOurs, startReference, type ServerKind, type ServerProcess, type StartOptions } from './serverProcess.ts'
import { checkTargets, compare, mergeRounds, printReport, summarize, type Comparison, type Summary } from './syncReport.ts'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '10,50,200' },
    rooms: { type: 'string', default: '1,5,10' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    interval: { type: 'string', default: '500' },
    drain: { type: 'string', default: '5' },
    synchronous: { type: 'string', default: 'NORMAL' },
    'ours-storage': { type: 'string', default: 'sqlite' },
    'cpu-prof': { type: 'boolean', default: false },
  },
})
const CLIENTS = values.clients.split(',').map(Number)
const ROOMS = values.rooms.split(',').map(Number)
const SECONDS = Number(values.seconds)
const WARMUP = Number(values.warmup)
const ROUNDS = Number(values.rounds)
const INTERVAL = Number(values.interval)
const DRAIN = Number(values.drain)
const SYNCHRONOUS = values.synchronous.toUpperCase()
if (CLIENTS.some((n) => !(n >= 2)) || ROOMS.length < CLIENTS.length || ROOMS.some((n) => !(n >= 1))) {
  throw new Error('--clients takes numbers >= 2, --rooms one number >= 1 for each of them')
}
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--rounds takes a whole number >= 1')
if (!(SECONDS > 0) || !(WARMUP >= 0) || !(INTERVAL > 0) || !(DRAIN >= 0)) throw new Error('--seconds, --warmup, --interval and --drain take positive numbers')
if (SYNCHRONOUS !== 'NORMAL' && SYNCHRONOUS !== 'FULL') throw new Error('--synchronous takes NORMAL or FULL')
const OURS_STORAGE = values['ours-storage']
if (OURS_STORAGE !== 'sqlite' && OURS_STORAGE !== 'memory') throw new Error('--ours-storage takes sqlite or memory')

const OUT_DIR = join(REPO_ROOT, 'bench/out')
const PROFILE_DIR = join(OUT_DIR, 'sync-prof')

async function main(): Promise<void> {
  // Every y-websocket provider adds a process 'exit' listener; a configuration opens 200.
  process.setMaxListeners(0)
  const started = new Date()
  const machine = `Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
  const loadBefore = loadavg()
  console.log(`Cetakbiru sync benchmark, ${started.toISOString()}, ${machine}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`)
  console.log(`Each client edits every ${INTERVAL} ms ±50%; per configuration and server ${ROUNDS} round(s) (AB BA ... order, fresh server each), each ${WARMUP} s warm-up and ${(SECONDS / ROUNDS).toFixed(1)} s measured (${SECONDS} s in all), up to ${DRAIN} s for in-flight edits. Ours: SQLite WAL, synchronous=${SYNCHRONOUS}.`)
  const startOptions: StartOptions = { sqliteSynchronous: SYNCHRONOUS as 'NORMAL' | 'FULL', storage: OURS_STORAGE as 'sqlite' | 'memory' }
  if (OURS_STORAGE === 'memory') console.log('Ours WITHOUT durability (MemoryStorage, --ours-storage memory): a diagnostic, not the configuration the targets are about.')
  if (values['cpu-prof']) {
    // Only this run's profiles are summarised.
    rmSync(PROFILE_DIR, { recursive: true, force: true })
    mkdirSync(PROFILE_DIR, { recursive: true })
  }

  const comparisons: Comparison[] = []
  for (const [i, clients] of CLIENTS.entries()) {
    const rooms = ROOMS[i]!
    const options: LoadOptions = { clients, rooms, editIntervalMs: INTERVAL, warmupSeconds: WARMUP, seconds: SECONDS / ROUNDS, drainSeconds: DRAIN }
    // Rounds in alternating order (AB BA AB...), the first server alternating between configurations, so neither
    // always meets a cooler (or busier) machine; each round starts its server fresh.
    const pair: ServerKind[] = i % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours']
    const order = Array.from({ length: ROUNDS }, (_, k) => (k % 2 === 0 ? pair : [...pair].reverse())).flat()
    const rounds: Record<ServerKind, LoadResult[]> = { ours: [], reference: [] }
    for (const [k, kind] of order.entries()) {
      const server = await start(kind, startOptions)
      try {
        const round = await runLoad(server, options, `bench-${clients}-${k}`)
        rounds[kind].push(round)
        const s = summarize(round)
        console.log(`  ${clients} clients / ${rooms} rooms, ${kind.padEnd(9)}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ${s.deliveriesPerSecond.toFixed(0)} deliveries/s, server CPU ${s.serverCpuPercent.toFixed(0)}%, server loop p99/max ${s.serverLoopP99Ms.toFixed(0)}/${s.serverLoopMaxMs.toFixed(0)} ms, GC max ${s.serverGcMaxMs.toFixed(0)} ms, loadgen CPU ${s.loadCpuPercent.toFixed(0)}%, ${s.errorCount} errors (connected in ${s.connectSeconds.toFixed(1)} s)`)
        if (server.stderr.length > 0) console.log(`    server stderr: ${server.stderr.slice(0, 5).join(' | ')}`)
      } finally {
        await server.stop()
      }
    }
    const results: Record<ServerKind, Summary> = {
      ours: summarize(mergeRounds(rounds.ours), rounds.ours),
      reference: summarize(mergeRounds(rounds.reference), rounds.reference),
    }
    comparisons.push(compare(clients, rooms, results.ours, results.reference))
  }

  console.log('')
  printReport(comparisons, (line) => console.log(line))
  const loadAfter = loadavg()
  console.log(`\nLoad average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores; above that, other processes were competing)`)

  let profile: ReturnType<typeof summarizeProfiles> | undefined
  if (values['cpu-prof']) {
    profile = summarizeProfiles(PROFILE_DIR, REPO_ROOT)
    console.log(`\nOurs, CPU profile (main threads; ${profile.files.length} profiles in ${PROFILE_DIR}, ${(profile.busyMs / 1000).toFixed(1)} s busy), self time:`)
    for (const f of profile.top) console.log(`  ${f.percent.toFixed(1).padStart(5)}%  ${f.name}  ${f.location}`)
    console.log('Ours, time inside our server functions (callees included):')
    for (const f of profile.serverInclusive.slice(0, 15)) console.log(`  ${f.percent.toFixed(1).padStart(5)}%  ${f.name}  ${f.location}`)
  }

  mkdirSync(OUT_DIR, { recursive: true })
  writeFileSync(
    join(OUT_DIR, 'sync-latest.json'),
    JSON.stringify(
      {
        date: started.toISOString(),
        machine,
        loadAverage: { before: loadBefore, after: loadAfter },
        options: { oursStorage: OURS_STORAGE, clients: CLIENTS, rooms: ROOMS, seconds: SECONDS, rounds: ROUNDS, warmup: WARMUP, intervalMs: INTERVAL, drain: DRAIN, synchronous: SYNCHRONOUS },
        comparisons,
        targets: checkTargets(comparisons),
        ...(profile ? { profile } : {}),
      },
      null,
      2,
    ) + '\n',
  )
  console.log(`\nWrote bench/out/sync-latest.json`)
}

function start(kind: ServerKind, options: StartOptions): Promise<ServerProcess> {
  if (kind === 'reference') return startReference()
  const nodeFlags = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []
  return startOurs({ ...options, nodeFlags })
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)

import type { LoadErrors, LoadResult } from './loadRun.ts'

export interface Summary {
  readonly server: LoadResult['server']
  readonly clients: number
  readonly rooms: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly max: number
  readonly editsPerSecond: number
  readonly deliveriesPerSecond: number
  readonly deliveriesExpected: number
  readonly deliveriesReceived: number
  readonly serverCpuPercent: number
  readonly serverRssPeakMb: number
  readonly serverRssMeanMb: number
  readonly serverRssIdleMb: number
  readonly loadCpuPercent: number
  readonly connectSeconds: number
  /** The server's own event loop over the window: delay p99 and max, GC pause time per second and longest pause. */
  readonly serverLoopP99Ms: number
  readonly serverLoopMaxMs: number
  readonly serverGcMsPerSecond: number
  readonly serverGcMaxMs: number
  readonly errors: LoadErrors
  readonly errorCount: number
  /** p95 of each round on its own (the spread shows how noisy the machine was). */
  readonly roundP95: readonly number[]
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/**
 * One server's rounds of one configuration as one result: latencies pooled, counts summed, CPU
 * averaged over the measured time, the highest RSS peak.
 */
export function mergeRounds(rounds: readonly LoadResult[]): LoadResult {
  const first = rounds[0]!
  const windowSeconds = rounds.reduce((a, r) => a + r.windowSeconds, 0)
  const sum = (f: (r: LoadResult) => number): number => rounds.reduce((a, r) => a + f(r), 0)
  const latencies = new Float64Array(sum((r) => r.latencies.length))
  let at = 0
  for (const r of rounds) {
    latencies.set(r.latencies, at)
    at += r.latencies.length
  }
  return {
    server: first.server,
    clients: first.clients,
    rooms: first.rooms,
    latencies: latencies.sort(),
    editsSent: sum((r) => r.editsSent),
    deliveriesExpected: sum((r) => r.deliveriesExpected),
    deliveriesReceived: sum((r) => r.deliveriesReceived),
    windowSeconds,
    serverCpuPercent: sum((r) => r.serverCpuPercent * r.windowSeconds) / windowSeconds,
    serverRssPeakMb: Math.max(...rounds.map((r) => r.serverRssPeakMb)),
    serverRssMeanMb: sum((r) => r.serverRssMeanMb * r.windowSeconds) / windowSeconds,
    serverRssIdleMb: Math.max(...rounds.map((r) => r.serverRssIdleMb)),
    loadCpuPercent: sum((r) => r.loadCpuPercent * r.windowSeconds) / windowSeconds,
    connectSeconds: Math.max(...rounds.map((r) => r.connectSeconds)),
    // Per-round percentiles cannot be pooled: the worst round's p99 stands for all.
    serverLoop: {
      loopP50Ms: Math.max(...rounds.map((r) => r.serverLoop.loopP50Ms)),
      loopP99Ms: Math.max(...rounds.map((r) => r.serverLoop.loopP99Ms)),
      loopMaxMs: Math.max(...rounds.map((r) => r.serverLoop.loopMaxMs)),
      gcCount: sum((r) => r.serverLoop.gcCount),
      gcTotalMs: sum((r) => r.serverLoop.gcTotalMs),
      gcMaxMs: Math.max(...rounds.map((r) => r.serverLoop.gcMaxMs)),
    },
    errors: {
      syncTimeouts: sum((r) => r.errors.syncTimeouts),
      disconnects: sum((r) => r.errors.disconnects),
      missed: sum((r) => r.errors.missed),
      divergedRooms: sum((r) => r.errors.divergedRooms),
      serverLogLines: sum((r) => r.errors.serverLogLines),
    },
  }
}

export function summarize(r: LoadResult, rounds: readonly LoadResult[] = [r]): Summary {
  const e = r.errors
  return {
    server: r.server,
    clients: r.clients,
    rooms: r.rooms,
    p50: percentile(r.latencies, 50),
    p95: percentile(r.latencies, 95),
    p99: percentile(r.latencies, 99),
    max: r.latencies.length > 0 ? r.latencies[r.latencies.length - 1]! : NaN,
    editsPerSecond: r.editsSent / r.windowSeconds,
    deliveriesPerSecond: r.deliveriesReceived / r.windowSeconds,
    deliveriesExpected: r.deliveriesExpected,
    deliveriesReceived: r.deliveriesReceived,
    serverCpuPercent: r.serverCpuPercent,
    serverRssPeakMb: r.serverRssPeakMb,
    serverRssMeanMb: r.serverRssMeanMb,
    serverRssIdleMb: r.serverRssIdleMb,
    loadCpuPercent: r.loadCpuPercent,
    connectSeconds: r.connectSeconds,
    serverLoopP99Ms: r.serverLoop.loopP99Ms,
    serverLoopMaxMs: r.serverLoop.loopMaxMs,
    serverGcMsPerSecond: r.serverLoop.gcTotalMs / r.windowSeconds,
    serverGcMaxMs: r.serverLoop.gcMaxMs,
    errors: e,
    errorCount: e.syncTimeouts + e.disconnects + e.missed + e.divergedRooms + e.serverLogLines,
    roundP95: rounds.map((x) => percentile(x.latencies, 95)),
  }
}

export interface Comparison {
  readonly clients: number
  readonly rooms: number
  readonly ours: Summary
  readonly reference: Summary
  /** ours p95 / reference p95 (latencies of all rounds pooled). */
  readonly p95Ratio: number
  /** The same with each server's median round p95: one round hit by a stall of the machine weighs less. */
  readonly p95RoundMedianRatio: number
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function compare(clients: number, rooms: number, ours: Summary, reference: Summary): Comparison {
  return { clients, rooms, ours, reference, p95Ratio: ours.p95 / reference.p95, p95RoundMedianRatio: median(ours.roundP95) / median(reference.roundP95) }
}

export interface TargetCheck {
  readonly target: string
  readonly measured: string
  readonly met: boolean | undefined
}

/** The issue's targets: p95 at 50 clients within 1.2x the reference; 200 clients without errors. */
export function checkTargets(comparisons: readonly Comparison[]): TargetCheck[] {
  const at = (n: number): Comparison | undefined => comparisons.find((c) => c.clients === n)
  const fifty = at(50)
  const twoHundred = at(200)
  return [
    {
      target: 'p95 latency at 50 clients <= 1.2x the reference (durability on)',
      measured: fifty
        ? `${fifty.ours.p95.toFixed(1)} ms vs ${fifty.reference.p95.toFixed(1)} ms = ${fifty.p95Ratio.toFixed(2)}x (median round p95: ${fifty.p95RoundMedianRatio.toFixed(2)}x)`
        : 'not run',
      met: fifty ? fifty.p95Ratio <= 1.2 : undefined,
    },
    {
      target: '200 clients sustained without errors (ours)',
      measured: twoHundred ? `${twoHundred.ours.errorCount} errors (${describeErrors(twoHundred.ours.errors)}), ${twoHundred.ours.deliveriesReceived}/${twoHundred.ours.deliveriesExpected} deliveries` : 'not run',
      met: twoHundred ? twoHundred.ours.errorCount === 0 && twoHundred.ours.deliveriesExpected > 0 : undefined,
    },
  ]
}

export function describeErrors(e: LoadErrors): string {
  return `sync timeouts ${e.syncTimeouts}, disconnects ${e.disconnects}, missed ${e.missed}, diverged rooms ${e.divergedRooms}, server log lines ${e.serverLogLines}`
}

export function printReport(comparisons: readonly Comparison[], log: (line: string) => void): void {
  const header = ['clients/rooms', 'server', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'edits/s', 'delivered/s', 'server CPU %', 'RSS idle/peak MB', 'loop p99/max ms', 'GC ms/s, max', 'loadgen CPU %', 'errors', 'p95 per round']
  const rows: string[][] = []
  for (const c of comparisons) {
    for (const s of [c.ours, c.reference]) {
      rows.push([
        `${s.clients}/${s.rooms}`,
        s.server,
        s.p50.toFixed(1),
        s.p95.toFixed(1),
        s.p99.toFixed(1),
        s.max.toFixed(1),
        s.editsPerSecond.toFixed(0),
        s.deliveriesPerSecond.toFixed(0),
        s.serverCpuPercent.toFixed(0),
        `${s.serverRssIdleMb.toFixed(0)}/${s.serverRssPeakMb.toFixed(0)}`,
        `${s.serverLoopP99Ms.toFixed(0)}/${s.serverLoopMaxMs.toFixed(0)}`,
        `${s.serverGcMsPerSecond.toFixed(1)}, ${s.serverGcMaxMs.toFixed(0)}`,
        s.loadCpuPercent.toFixed(0),
        String(s.errorCount),
        s.roundP95.map((p) => p.toFixed(1)).join(', '),
      ])
    }
  }
  log(table(header, rows))
  log('')
  log(table(['clients/rooms', 'p50 ours/ref', 'p95 ours/ref', 'median round p95 ours/ref', 'p99 ours/ref', 'CPU ours/ref', 'RSS ours/ref'], comparisons.map((c) => [
    `${c.clients}/${c.rooms}`,
    ratio(c.ours.p50, c.reference.p50),
    ratio(c.ours.p95, c.reference.p95),
    `${c.p95RoundMedianRatio.toFixed(2)}x`,
    ratio(c.ours.p99, c.reference.p99),
    ratio(c.ours.serverCpuPercent, c.reference.serverCpuPercent),
    ratio(c.ours.serverRssPeakMb, c.reference.serverRssPeakMb),
  ]), 1))
  for (const c of comparisons) {
    for (const s of [c.ours, c.reference]) if (s.errorCount > 0) log(`  ${s.clients}/${s.rooms} ${s.server}: ${describeErrors(s.errors)}`)
  }
  log('')
  for (const t of checkTargets(comparisons)) log(`${t.met === undefined ? 'NOT RUN' : t.met ? 'MET    ' : 'NOT MET'}  ${t.target}: ${t.measured}`)
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`
}

/** A Markdown table; the first `labels` columns left-aligned, the rest (figures) right-aligned. */
function table(header: string[], rows: string[][], labels = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i < labels ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  return [line(header), `|${widths.map((w, i) => (i < labels ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n')
}

import { describeErrors, median, type Summary } from '../sync/syncReport.ts'

/** What a cluster round measures beyond loadRun: CPU per process, PostgreSQL, the spread. */
export interface RoundExtras {
  /** CPU of each server process over the window, in % of one core. */
  readonly serverCpuPercent: readonly number[]
  /** PostgreSQL's postmaster and its children (backends, writers) over the window. */
  readonly postgresCpuPercent: number
  readonly roomsPerProcess: readonly number[]
  readonly clientsPerProcess: readonly number[]
  /** WebSocket connections to these rooms nginx logged per upstream (NaN without nginx). */
  readonly connectionsPerProcess: readonly number[]
}

export interface ClusterComparison {
  readonly clients: number
  readonly rooms: number
  readonly one: Summary
  readonly two: Summary
  readonly oneExtras: readonly RoundExtras[]
  readonly twoExtras: readonly RoundExtras[]
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
const f0 = (x: number): string => x.toFixed(0)
const f1 = (x: number): string => x.toFixed(1)
const f2 = (x: number): string => x.toFixed(2)

export function printClusterReport(comparisons: readonly ClusterComparison[], log: (line: string) => void): void {
  log('| clients / rooms | configuration | p50 ms | p95 ms | p99 ms | round p95s ms | deliveries/s | edits/s | server CPU % (per process) | PostgreSQL CPU % | server RSS peak MB | errors |')
  log('|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const c of comparisons) {
    for (const [name, s, extras] of [['one process', c.one, c.oneExtras], ['two + nginx', c.two, c.twoExtras]] as const) {
      const perProcess = extras[0]!.serverCpuPercent.map((_, p) => f0(mean(extras.map((e) => e.serverCpuPercent[p]!)))).join(' + ')
      log(`| ${c.clients} / ${c.rooms} | ${name} | ${f1(s.p50)} | ${f1(s.p95)} | ${f1(s.p99)} | ${s.roundP95.map(f1).join(', ')} | ${f0(s.deliveriesPerSecond)} | ${f0(s.editsPerSecond)} | ${f0(s.serverCpuPercent)} (${perProcess}) | ${f0(mean(extras.map((e) => e.postgresCpuPercent)))} | ${f0(s.serverRssPeakMb)} | ${s.errorCount === 0 ? '0' : describeErrors(s.errors)} |`)
    }
  }
  log('')
  log('Scaling, two processes / one (throughput: delivered edits per second; p95 pooled, and of the median round p95s):')
  for (const c of comparisons) {
    const spread = c.twoExtras.map((e) => `rooms ${e.roomsPerProcess.join('/')}, clients ${e.clientsPerProcess.join('/')}, connections logged ${e.connectionsPerProcess.join('/')}`).join('; ')
    log(`  ${c.clients} clients / ${c.rooms} rooms: throughput x${f2(c.two.deliveriesPerSecond / c.one.deliveriesPerSecond)}, p95 x${f2(c.two.p95 / c.one.p95)} (median round x${f2(median(c.two.roundP95) / median(c.one.roundP95))}), server CPU x${f2(c.two.serverCpuPercent / c.one.serverCpuPercent)}; spread per round: ${spread}`)
  }
}

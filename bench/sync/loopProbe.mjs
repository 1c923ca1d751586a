// Preloaded into each benchmarked server (`node --import ./bench/sync/loopProbe.mjs ...`), ours
// and the reference alike, without changing either: it watches the server's event-loop delay
// and garbage-collection pauses, and on SIGUSR2 prints what it saw since the previous SIGUSR2
// as one `BENCH_PROBE {...}` line on stdout, then starts over. A stalled loop delays every
// message in the server, which the clients see as latency.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'

const loop = monitorEventLoopDelay({ resolution: 5 })
loop.enable()
let gc = { count: 0, totalMs: 0, maxMs: 0 }
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++
    gc.totalMs += entry.duration
    gc.maxMs = Math.max(gc.maxMs, entry.duration)
  }
}).observe({ entryTypes: ['gc'] })

process.on('SIGUSR2', () => {
  const ms = (ns) => ns / 1e6
  const report = {
    loopP50Ms: ms(loop.percentile(50)),
    loopP99Ms: ms(loop.percentile(99)),
    loopMaxMs: ms(loop.max),
    gcCount: gc.count,
    gcTotalMs: gc.totalMs,
    gcMaxMs: gc.maxMs,
  }
  loop.reset()
  gc = { count: 0, totalMs: 0, maxMs: 0 }
  process.stdout.write(`BENCH_PROBE ${JSON.stringify(report)}\n`)
})

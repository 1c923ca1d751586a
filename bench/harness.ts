/**
 * A tiny benchmark harness: runs each case several times on one prepared input, reports the
 * median (machines here are noisy), and relates it to a baseline measured in the same run.
 */
export interface BenchCase<C> {
  readonly name: string
  /** Work before each timed run that must not be counted (e.g. a fresh Y.Doc to fill). */
  readonly prepare?: (ctx: C) => unknown
  readonly run: (ctx: C, prepared: unknown) => unknown
}

export interface BenchResult {
  readonly size: number
  readonly name: string
  readonly medianMs: number
  readonly minMs: number
  readonly runs: number
}

/*
 * No forced collection between runs: measured here, a gc() before each run made short
 * operations slower (validate at 10k: 61 ms instead of 36 ms), as the run then pays for
 * V8's sweeping and lost allocation feedback. Collections fall where they fall, as they do
 * for a user, and the median of several runs keeps one unlucky run from deciding.
 */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function measure<C>(size: number, ctx: C, c: BenchCase<C>, runs: number): BenchResult {
  const times: number[] = []
  // One unmeasured warm-up run lets the JIT settle, so the median speaks of steady state.
  for (let i = 0; i <= runs; i++) {
    const prepared = c.prepare?.(ctx)
    const start = performance.now()
    c.run(ctx, prepared)
    const elapsed = performance.now() - start
    if (i > 0) times.push(elapsed)
  }
  return { size, name: c.name, medianMs: median(times), minMs: Math.min(...times), runs }
}

export function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`, ...rows.map(line)].join('\n')
}

/**
 * Figures of a list of frame times (the differences between consecutive requestAnimationFrame
 * timestamps). At 60 Hz a frame is 16.7 ms; a frame that took more than two of those dropped at
 * least one, which a user sees as a stutter.
 */
export const FRAME_MS = 1000 / 60
export const DROPPED_OVER_MS = 2 * FRAME_MS

export interface FrameStats {
  readonly frames: number
  readonly medianMs: number
  readonly p95Ms: number
  /**
   * 60 Hz frames missed in frames longer than two of them (33.3 ms): a 50 ms frame missed 2.
   * Counted in missed frames, not long frames, so a page that makes fewer, longer frames scores worse.
   */
  readonly dropped: number
  /** Frames per second over the recording. */
  readonly fps: number
  readonly longestMs: number
}

/** The value below which `p` percent of the values lie (nearest rank), NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function frameStats(deltas: readonly number[]): FrameStats {
  return {
    frames: deltas.length,
    medianMs: percentile(deltas, 50),
    p95Ms: percentile(deltas, 95),
    dropped: deltas.filter((d) => d > DROPPED_OVER_MS).reduce((sum, d) => sum + Math.round(d / FRAME_MS) - 1, 0),
    fps: deltas.length > 0 ? (1000 * deltas.length) / deltas.reduce((a, b) => a + b, 0) : Number.NaN,
    longestMs: deltas.length > 0 ? Math.max(...deltas) : Number.NaN,
  }
}

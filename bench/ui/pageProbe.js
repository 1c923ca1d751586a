/* global window, document, performance, requestAnimationFrame, MessageChannel, PerformanceObserver */
/**
 * Runs in the measured page before any of its own scripts (bench/ui/pagePrep.ts installs it with
 * page.addInitScript, after a line that sets `window.__benchConfig`). Plain browser JavaScript on
 * purpose: functions compiled by tsx carry helpers that do not exist in the page.
 *
 * It records, in the page's own clock (milliseconds since navigation start):
 * - `readyAt`: when the awaited content was first painted. The condition is checked in every
 *   animation frame; when it holds, a message posted from that frame's rAF callback is handled
 *   after the frame's style, layout and paint, and its time is taken as "painted".
 *   `{ nodes: N }` waits for N `.react-flow__node` elements that are all measured (React Flow
 *   hides a node until it knows its size) and all inside the pane, i.e. the fitted view is shown.
 *   `{ heading: text }` waits for an `h1` whose text is `text`.
 * - `firstNodeAt`: the first frame with any `.react-flow__node` in the document (same clock).
 * - `longTasks`: main-thread tasks over 50 ms (PerformanceObserver), as [start, end] pairs.
 * - frame deltas on demand: `startFrames()` / `stopFrames()` collect the differences between
 *   consecutive requestAnimationFrame timestamps.
 */
;(() => {
  const config = window.__benchConfig || {}
  const probe = { readyAt: undefined, firstNodeAt: undefined, longTasks: [], frameDeltas: undefined }
  window.__bench = probe

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.startTime + e.duration])
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task timing in this browser: the figure stays empty.
  }

  const nodes = document.getElementsByClassName('react-flow__node')

  function nodesShown(expected) {
    if (nodes.length < expected) return false
    const pane = document.querySelector('.react-flow__pane')
    if (!pane) return false
    const box = pane.getBoundingClientRect()
    for (const node of nodes) {
      if (node.style.visibility === 'hidden') return false
      const r = node.getBoundingClientRect()
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) return false
    }
    return true
  }

  function headingShown(text) {
    for (const h of document.getElementsByTagName('h1')) if (h.textContent.trim() === text) return true
    return false
  }

  function ready() {
    if (config.nodes !== undefined) return nodesShown(config.nodes)
    if (config.heading !== undefined) return headingShown(config.heading)
    return false
  }

  const afterPaint = new MessageChannel()
  afterPaint.port1.onmessage = () => {
    probe.readyAt = performance.now()
  }

  function watch() {
    if (probe.firstNodeAt === undefined && nodes.length > 0) probe.firstNodeAt = performance.now()
    if (ready()) {
      afterPaint.port2.postMessage(0)
      return
    }
    requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)

  let recording = false
  probe.startFrames = () => {
    const deltas = []
    let last
    recording = true
    probe.frameDeltas = deltas
    const tick = (t) => {
      if (!recording) return
      if (last !== undefined) deltas.push(t - last)
      last = t
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  probe.stopFrames = () => {
    recording = false
    return probe.frameDeltas || []
  }
  /** Resolves in the next animation frame. */
  probe.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
})()

import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'

const PROBE = readFileSync(new URL('./pageProbe.js', import.meta.url), 'utf8')

/** What the page probe waits for (see pageProbe.js). */
export type ProbeTarget = { readonly nodes: number } | { readonly heading: string }

/** A new page of `context` with the probe installed before any of its scripts, and its errors collected into `errors`. */
export async function probedPage(context: BrowserContext, target: ProbeTarget, errors: string[]): Promise<Page> {
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(target)};\n${PROBE}` })
  return page
}

/** Waits until the probe saw its target painted; returns the time since navigation start, in ms. */
export async function readyAt(page: Page, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction('window.__bench && window.__bench.readyAt !== undefined', undefined, { timeout: timeoutMs, polling: 50 })
  return page.evaluate<number>('window.__bench.readyAt')
}

/** Resolves after the page's next animation frame. */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate<void>('window.__bench.nextFrame()')
}

/** The page's frame times (rAF deltas) from a frame before `action` to two frames after it. */
export async function recordFrames(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate('window.__bench.startFrames()')
  await nextFrame(page)
  await action()
  // Two more frames, so the work an action's last step triggers (a drop's commit) is counted.
  await nextFrame(page)
  await nextFrame(page)
  return page.evaluate<number[]>('window.__bench.stopFrames()')
}

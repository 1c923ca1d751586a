/// <reference types="vite/client" />
import type { ELK } from 'elkjs/lib/elk-api.js'

let engine: Promise<ELK> | undefined

/**
 * The ELK instance the editor lays views out with, loaded on first use. In the browser it runs
 * in a Web Worker (its script is a separate asset, fetched only then), so a large view does not
 * freeze the page. Where workers are missing (Node, happy-dom tests) the bundled build runs on
 * the calling thread; it is imported by a name the bundler does not follow, so the 1.6 MB build
 * never lands in the app's chunks.
 */
export function elkEngine(): Promise<ELK> {
  engine ??= loadEngine()
  return engine
}

const BUNDLED = 'elkjs/lib/elk.bundled.js'

async function loadEngine(): Promise<ELK> {
  if (typeof Worker === 'function' && typeof window !== 'undefined' && !navigator.userAgent.includes('HappyDOM')) {
    const [{ default: ElkApi }, { default: workerUrl }] = await Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')])
    return new ElkApi({ workerUrl })
  }
  const { default: ElkBundled } = (await import(/* @vite-ignore */ BUNDLED)) as typeof import('elkjs/lib/elk.bundled.js')
  return new ElkBundled()
}

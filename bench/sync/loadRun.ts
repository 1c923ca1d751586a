import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { processesUsage, type ProbeReport, type ServerProcess } from './serverProcess.ts'

export interface LoadOptions {
  readonly clients: number
  readonly rooms: number
  /** Mean time between two edits of one client; each wait is jittered by ±50%. */
  readonly editIntervalMs: number
  readonly warmupSeconds: number
  readonly seconds: number
  /** How long in-flight edits may take to arrive after the window before they count as missed. */
  readonly drainSeconds: number
  /** Room names (one per room) instead of `<roomPrefix>-r<n>`: to choose rooms that a proxy spreads over its processes. */
  readonly roomNames?: readonly string[]
  /** Called as the measured window opens and closes (to measure other processes over the same window). */
  readonly onWindow?: { readonly start: () => void; readonly end: () => void }
}

export interface LoadResult {
  readonly server: ServerProcess['kind']
  readonly clients: number
  readonly rooms: number
  /** Latencies (ms) of every delivery of an edit sent in the measured window, sorted. */
  readonly latencies: Float64Array
  /** Edits sent in the window, and deliveries expected (each to every other client of its room). */
  readonly editsSent: number
  readonly deliveriesExpected: number
  readonly deliveriesReceived: number
  readonly windowSeconds: number
  /** Server CPU over the window, in % of one core, and its resident set (peak and mean). */
  readonly serverCpuPercent: number
  readonly serverRssPeakMb: number
  readonly serverRssMeanMb: number
  /** Before any client connected: what the process holds for itself. */
  readonly serverRssIdleMb: number
  /** The load generator's own CPU over the window (% of one core): near 100 means it was the bottleneck. */
  readonly loadCpuPercent: number
  readonly connectSeconds: number
  /** The server's event-loop delay and GC pauses over the window. */
  readonly serverLoop: ProbeReport
  readonly errors: LoadErrors
}

export interface LoadErrors {
  /** Clients that did not finish their first sync within the time limit. */
  readonly syncTimeouts: number
  /** Connection closes and errors after the first sync. */
  readonly disconnects: number
  /** Deliveries of window edits that never arrived. */
  readonly missed: number
  /** Rooms whose clients do not hold the same map after the drain. */
  readonly divergedRooms: number
  /** Lines the server wrote to stderr. */
  readonly serverLogLines: number
}

interface Edit {
  /** performance.now() when the edit was made (one process, one clock: no skew). */
  readonly t: number
  /** The sender's sequence number: (sender, s) identifies the edit. */
  readonly s: number
  /** About what an element field change weighs on the wire. */
  readonly p: string
}

const PAYLOAD = 'Aplikasi SIMPEG milik BKPSDM, dipakai oleh seluruh perangkat daerah'

interface Client {
  readonly index: number
  readonly room: number
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly map: Y.Map<Edit>
  seq: number
  timer?: NodeJS.Timeout
  synced: boolean
}

/**
 * One configuration against one server: `clients` stock y-websocket clients (in this process,
 * so sender and receiver share `performance.now()`), spread round-robin over `rooms` rooms. Each
 * sets its own key of a shared Y.Map to `{t, s, p}` every ~editIntervalMs; every client observes
 * remote changes and records now - t. Only edits made inside the measured window count, and
 * every one of them must reach every other client of its room.
 */
export async function runLoad(server: ServerProcess, options: LoadOptions, roomPrefix: string): Promise<LoadResult> {
  const roomNames = options.roomNames ?? Array.from({ length: options.rooms }, (_, r) => `${roomPrefix}-r${r}`)
  if (roomNames.length !== options.rooms) throw new Error(`${roomNames.length} room names for ${options.rooms} rooms`)
  const pids = server.pids ?? [server.pid]
  const processUsage = (): ReturnType<typeof processesUsage> => processesUsage(pids)
  const clients: Client[] = []
  const latencies: number[] = []
  let disconnects = 0
  let measuring: { from: number; to: number } | undefined = undefined
  let stopping = false
  // For each window edit: how many deliveries it still lacks.
  const outstanding = new Map<string, number>()
  let editsSent = 0
  let deliveriesExpected = 0
  let deliveriesReceived = 0
  const roomSizes = Array.from({ length: options.rooms }, (_, r) => Math.floor(options.clients / options.rooms) + (r < options.clients % options.rooms ? 1 : 0))

  const idle = processUsage()
  const connectStart = performance.now()
  for (let i = 0; i < options.clients; i++) {
    const room = i % options.rooms
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, roomNames[room]!, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: await server.params(roomNames[room]!),
    })
    const client: Client = { index: i, room, doc, provider, map: doc.getMap<Edit>('bench'), seq: 0, synced: false }
    provider.on('sync', (s: boolean) => {
      if (s) client.synced = true
    })
    provider.on('connection-close', () => {
      if (client.synced && !stopping) disconnects++
    })
    provider.on('connection-error', () => {
      if (client.synced && !stopping) disconnects++
    })
    client.map.observe((event) => {
      if (event.transaction.local) return
      const now = performance.now()
      for (const key of event.keysChanged) {
        const edit = client.map.get(key)
        if (!edit || !measuring || edit.t < measuring.from || edit.t >= measuring.to) continue
        const id = `${key}:${edit.s}`
        const left = outstanding.get(id)
        if (left === undefined) continue
        latencies.push(now - edit.t)
        deliveriesReceived++
        if (left <= 1) outstanding.delete(id)
        else outstanding.set(id, left - 1)
      }
    })
    clients.push(client)
  }
  const syncDeadline = performance.now() + 60_000
  while (clients.some((c) => !c.synced) && performance.now() < syncDeadline) await sleep(50)
  const syncTimeouts = clients.filter((c) => !c.synced).length
  const connectSeconds = (performance.now() - connectStart) / 1000

  // Every client edits on its own jittered timer, from a random phase.
  const edit = (client: Client): void => {
    const t = performance.now()
    const s = ++client.seq
    client.map.set(`c${client.index}`, { t, s, p: PAYLOAD })
    if (measuring && t >= measuring.from && t < measuring.to) {
      const others = roomSizes[client.room]! - 1
      editsSent++
      deliveriesExpected += others
      if (others > 0) outstanding.set(`c${client.index}:${s}`, others)
    }
  }
  const schedule = (client: Client, delay: number): void => {
    client.timer = setTimeout(() => {
      if (stopping) return
      edit(client)
      schedule(client, options.editIntervalMs * (0.5 + Math.random()))
    }, delay)
  }
  for (const c of clients) schedule(c, Math.random() * options.editIntervalMs)

  await sleep(options.warmupSeconds * 1000)
  const from = performance.now()
  measuring = { from, to: from + options.seconds * 1000 }
  await server.probe()
  options.onWindow?.start()
  const cpu0 = processUsage()
  const load0 = process.cpuUsage()
  const rss: number[] = []
  const rssTimer = setInterval(() => rss.push(processUsage().rssBytes), 500)
  await sleep(options.seconds * 1000)
  const cpu1 = processUsage()
  options.onWindow?.end()
  const load1 = process.cpuUsage(load0)
  const serverLoop = await server.probe()
  clearInterval(rssTimer)
  rss.push(cpu1.rssBytes)
  const windowSeconds = (performance.now() - from) / 1000

  // Stop editing; let in-flight edits arrive.
  stopping = true
  for (const c of clients) clearTimeout(c.timer)
  const drainDeadline = performance.now() + options.drainSeconds * 1000
  while (outstanding.size > 0 && performance.now() < drainDeadline) await sleep(50)
  let missed = 0
  for (const left of outstanding.values()) missed += left

  // Edits made after the window may still be on their way: give the rooms until the deadline to agree.
  const diverged = (): number => {
    let n = 0
    for (let r = 0; r < options.rooms; r++) {
      const states = clients.filter((c) => c.room === r).map((c) => JSON.stringify(sortedEntries(c.map)))
      if (new Set(states).size > 1) n++
    }
    return n
  }
  let divergedRooms = diverged()
  while (divergedRooms > 0 && performance.now() < drainDeadline + 1000) {
    await sleep(100)
    divergedRooms = diverged()
  }

  for (const c of clients) {
    c.provider.destroy()
    c.doc.destroy()
  }
  const sorted = Float64Array.from(latencies).sort()
  const mb = (bytes: number): number => bytes / 2 ** 20
  return {
    server: server.kind,
    clients: options.clients,
    rooms: options.rooms,
    latencies: sorted,
    editsSent,
    deliveriesExpected,
    deliveriesReceived,
    windowSeconds,
    serverCpuPercent: ((cpu1.cpuSeconds - cpu0.cpuSeconds) / windowSeconds) * 100,
    serverRssPeakMb: mb(Math.max(...rss)),
    serverRssMeanMb: mb(rss.reduce((a, b) => a + b, 0) / rss.length),
    serverRssIdleMb: mb(idle.rssBytes),
    loadCpuPercent: ((load1.user + load1.system) / 1e6 / windowSeconds) * 100,
    connectSeconds,
    serverLoop,
    errors: { syncTimeouts, disconnects, missed, divergedRooms, serverLogLines: server.stderr.length },
  }
}

function sortedEntries(map: Y.Map<Edit>): [string, number][] {
  return [...map.entries()].map(([k, v]): [string, number] => [k, v.s]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

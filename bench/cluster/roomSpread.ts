import type { ClusterServer } from './clusterServer.ts'

/**
 * `rooms` room names that nginx's consistent hash spreads over the processes as evenly as the count
 * allows (5 rooms: 3 and 2), found by asking nginx where candidates `<prefix>-r<n>` go. With a
 * handful of rooms the hash alone may well put most of them on one process, and then the second
 * process would measure nothing; with hundreds of projects it evens out by itself.
 */
export async function pickSpreadRooms(server: ClusterServer, rooms: number, prefix: string): Promise<string[]> {
  const processes = server.serverPids.length
  const quota = Array.from({ length: processes }, (_, p) => Math.floor(rooms / processes) + (p < rooms % processes ? 1 : 0))
  const chosen: string[] = []
  for (let n = 0; chosen.length < rooms; n++) {
    if (n > rooms * 50) throw new Error(`nginx sent ${n} candidate rooms to too few processes: is the upstream hash working?`)
    const name = `${prefix}-r${n}`
    const p = await server.routeOf(name)
    // The process with the larger remaining quota takes the first rooms; either order keeps the split even.
    if (quota[p]! > 0) {
      quota[p]!--
      chosen.push(name)
    }
  }
  return chosen
}

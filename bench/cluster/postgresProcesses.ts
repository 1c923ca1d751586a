import { readdirSync, readFileSync } from 'node:fs'

/**
 * The processes of the throwaway PostgreSQL on `port`: its postmaster (found by the `-p <port>` it
 * was started with) and every process it forked (backends serving our pools, checkpointer, WAL
 * writer...), from /proc. tests/server/postgresInstance.ts does not expose its data dir or pid.
 */
export function postgresPids(port: number): number[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)
  const info = new Map<number, { comm: string; ppid: number; cmdline: string }>()
  for (const pid of all) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const cmdline = comm === 'postgres' ? readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ') : ''
      info.set(pid, { comm, ppid, cmdline })
    } catch {
      // gone while listing
    }
  }
  const master = [...info.entries()].find(([, p]) => p.comm === 'postgres' && p.cmdline.includes(`-p ${port} `))?.[0]
  if (master === undefined) return []
  return [master, ...[...info.entries()].filter(([, p]) => p.ppid === master).map(([pid]) => pid)]
}

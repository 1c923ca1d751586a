import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../../scripts/start.ts'
import { freePort } from './postgresInstance.ts'

/**
 * Several `server/main.ts` processes sharing one PostgreSQL, and nginx in front of them rendered
 * from deploy/nginx/cetakbiru.conf, all child processes on loopback: the cluster tests and
 * `npm run bench:cluster` use these.
 */

export interface ServerChild {
  readonly child: ChildProcess
  readonly port: number
  readonly output: () => string
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>
}

/** Starts `server/main.ts` (one node process, so a signal hits the server itself). */
export function startServerChild(env: Record<string, string>): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const m = /running at http:\/\/[^:]+:(\d+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve({ child, port: Number(m[1]), output: () => output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
}

/** deploy/nginx/cetakbiru.conf for loopback: these upstream ports, plain HTTP on `listenPort`, no redirect server. */
export function renderNginxSite(template: string, upstreamPorts: readonly number[], listenPort: number): string {
  const between = (text: string, name: string, replacement: string): string => {
    const re = new RegExp(`# BEGIN ${name}\\n[\\s\\S]*?# END ${name}\\n`)
    if (!re.test(text)) throw new Error(`deploy/nginx/cetakbiru.conf: markers ${name} missing`)
    return text.replace(re, replacement)
  }
  let site = between(template, 'cetakbiru-upstreams', upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;\n`).join(''))
  site = between(site, 'cetakbiru-http-redirect', '')
  site = between(site, 'cetakbiru-listen', `    listen 127.0.0.1:${listenPort};\n    server_name localhost;\n`)
  return site
}

export interface NginxChild {
  readonly port: number
  /** `ws://127.0.0.1:<port>/sync` */
  readonly syncUrl: string
  /** Lines `<uri> <upstream_addr>` nginx logged (after each request ends). */
  accessLog(): Promise<string[]>
  stop(): Promise<void>
}

export const NGINX = '/usr/sbin/nginx'

/** nginx in the foreground with a temp prefix, proxying to `upstreamPorts`. */
export async function startNginx(upstreamPorts: readonly number[]): Promise<NginxChild> {
  const prefix = await mkdtemp(join(tmpdir(), 'cetakbiru-nginx-'))
  await chmod(prefix, 0o755)
  const port = await freePort()
  const site = renderNginxSite(await readFile(join(REPO_ROOT, 'deploy/nginx/cetakbiru.conf'), 'utf8'), upstreamPorts, port)
  const conf = `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$uri $upstream_addr';
  access_log ${prefix}/access.log upstream;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${site}
}
`
  await writeFile(join(prefix, 'nginx.conf'), conf)
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const start = Date.now()
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() - start > 10_000) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not start:\n${output}${await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '')}`)
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  return {
    port,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    accessLog: async () => (await readFile(join(prefix, 'access.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      await rm(prefix, { recursive: true, force: true })
    },
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1')
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

/**
 * Our server with `MemoryStorage` instead of SQLite: a diagnostic twin for
 * `npm run bench:sync -- --ours-storage memory`, to tell what durability costs from what the rest
 * of our server (auth, the room, `ws` 8) costs. Same wiring as
 * `server/main.ts` (startAppServer, production limits), prints the same "running at" line.
 */
import { startAppServer } from '../../server/appServer.ts'
import { MemoryStorage } from '../../server/storage/memoryStorage.ts'

const server = await startAppServer({
  port: 0,
  host: '127.0.0.1',
  dataDir: process.env.DATA_DIR!,
  distDir: '/nonexistent',
  examplesDir: '/nonexistent',
  storage: new MemoryStorage(),
  log: (line) => console.error(line),
})
console.log(`running at ${server.url}`)
process.once('SIGTERM', () => {
  server.close().then(() => process.exit(0), () => process.exit(1))
})

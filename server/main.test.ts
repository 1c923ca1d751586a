// @vitest-environment node
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ServerConfigError, serverAddress, serverData } from './main.ts'

describe('server configuration from the environment', () => {
  it('has defaults: port 8080, all interfaces, ./data, SQLite NORMAL', () => {
    expect(serverAddress({})).toEqual({ port: 8080, host: '0.0.0.0' })
    expect(serverData({})).toEqual({ dataDir: resolve('data'), allowedOrigins: [], sqliteSynchronous: 'NORMAL' })
  })

  it('reads DATA_DIR, ALLOWED_ORIGINS and SQLITE_SYNCHRONOUS', () => {
    expect(serverData({ DATA_DIR: '/srv/cetakbiru', ALLOWED_ORIGINS: 'https://spbe.example.go.id/, http://10.0.0.5:8080', SQLITE_SYNCHRONOUS: 'full' })).toEqual({
      dataDir: '/srv/cetakbiru',
      allowedOrigins: ['https://spbe.example.go.id', 'http://10.0.0.5:8080'],
      sqliteSynchronous: 'FULL',
    })
  })

  it('refuses values it cannot use, with a bilingual message', () => {
    expect(() => serverAddress({ PORT: 'delapan' })).toThrow(ServerConfigError)
    expect(() => serverData({ ALLOWED_ORIGINS: 'bukan origin' })).toThrow(/ALLOWED_ORIGINS/)
    expect(() => serverData({ SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/NORMAL atau FULL/)
  })
})

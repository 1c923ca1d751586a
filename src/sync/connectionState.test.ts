import { describe, expect, it } from 'vitest'
import { PendingChanges, phaseOf, refusalOf, type ConnectionFacts } from './connectionState.ts'

const facts = (f: Partial<ConnectionFacts>): ConnectionFacts => ({ status: 'connected', synced: true, online: true, refusal: undefined, pending: 0, ...f })

describe('connection phase', () => {
  it('says connected only when synced with nothing waiting', () => {
    expect(phaseOf(facts({}))).toBe('connected')
    expect(phaseOf(facts({ pending: 2 }))).toBe('syncing')
    expect(phaseOf(facts({ synced: false }))).toBe('syncing')
  })

  it('says offline when the socket is down or the browser has no network, whatever else holds', () => {
    expect(phaseOf(facts({ status: 'disconnected' }))).toBe('offline')
    expect(phaseOf(facts({ status: 'connecting', pending: 3 }))).toBe('offline')
    expect(phaseOf(facts({ online: false }))).toBe('offline')
  })

  it('says refused after a 44xx close, and names why', () => {
    expect(phaseOf(facts({ refusal: 'forbidden', status: 'disconnected' }))).toBe('refused')
    expect([4400, 4401, 4403, 4404, 4410, 4499].map(refusalOf)).toEqual(['bad-request', 'unauthorized', 'forbidden', 'not-found', 'gone', 'bad-request'])
    expect([1000, 1001, 1008, 1011].map(refusalOf)).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('pending changes', () => {
  it('confirms an update by the echo of a later awareness update, not an earlier one', () => {
    const p = new PendingChanges()
    p.local(5) // sent while our awareness clock was 5
    expect(p.count).toBe(1)
    expect(p.needsEcho).toBe(true)
    expect(p.echo(5)).toBe(false) // the echo of clock 5 was sent before the update
    expect(p.count).toBe(1)
    expect(p.echo(6)).toBe(true)
    expect(p.count).toBe(0)
  })

  it('keeps offline updates until the resync that sends them is echoed', () => {
    const p = new PendingChanges()
    p.local(undefined)
    p.local(undefined)
    expect(p.needsEcho).toBe(false)
    expect(p.echo(100)).toBe(false) // an echo from before the resync confirms nothing unsent
    p.resent(7)
    expect(p.count).toBe(2)
    p.echo(8)
    expect(p.count).toBe(0)
  })

  it('sends in-flight updates again after a drop, and restores a count from an earlier page', () => {
    const p = new PendingChanges()
    p.local(3)
    p.disconnected()
    expect(p.echo(4)).toBe(false)
    p.restore(2)
    expect(p.count).toBe(3)
    p.resent(9)
    p.echo(10)
    expect(p.count).toBe(0)
  })
})

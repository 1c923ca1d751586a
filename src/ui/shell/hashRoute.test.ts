import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref } from './hashRoute.ts'

describe('hash routes', () => {
  it('reads the project list and a project', () => {
    expect(parseRoute('')).toEqual({ page: 'projects' })
    expect(parseRoute('#/')).toEqual({ page: 'projects' })
    expect(parseRoute('#/p/kabupaten-sukamaju')).toEqual({ page: 'project', id: 'kabupaten-sukamaju' })
    expect(parseRoute('#/p/p0a9_Z/')).toEqual({ page: 'project', id: 'p0a9_Z' })
  })

  it('sends anything else to the list, never an id that is not one', () => {
    expect(parseRoute('#/p/')).toEqual({ page: 'projects' })
    expect(parseRoute('#/p/a%2Fb')).toEqual({ page: 'projects' })
    expect(parseRoute('#/p/<script>')).toEqual({ page: 'projects' })
    expect(parseRoute('#/lain')).toEqual({ page: 'projects' })
  })

  it('reads a server project, with the server\'s id rules', () => {
    expect(parseRoute('#/s/p_abc-1')).toEqual({ page: 'server', id: 'p_abc-1' })
    expect(parseRoute('#/s/-lead')).toEqual({ page: 'projects' })
    expect(parseRoute('#token=abc')).toEqual({ page: 'projects' })
  })

  it('writes what it reads', () => {
    for (const route of [{ page: 'projects' }, { page: 'project', id: 'p-kecil' }, { page: 'server', id: 's1' }] as const) expect(parseRoute(routeHref(route))).toEqual(route)
  })
})

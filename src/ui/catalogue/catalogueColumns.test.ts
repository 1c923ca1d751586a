import { describe, expect, it } from 'vitest'
import { DOMAINS, elementKind, kindsOfDomain } from '../../model/metamodel/metamodel.ts'
import type { ElementKind } from '../../model/metamodel/types.ts'
import { catalogueColumns, columnTrack, commonAttributes, domainAttributes, MAX_ATTRIBUTE_COLUMNS } from './catalogueColumns.ts'

const names = (domain: Parameters<typeof domainAttributes>[0]) => domainAttributes(domain).map((d) => d.name)

describe('catalogue columns', () => {
  it('picks each domain\'s attributes from the metamodel: required, then fixed choices, then the most shared', () => {
    expect(names('aplikasi')).toEqual(['platform', 'function', 'licenseType', 'interoperability'])
    expect(names('data')).toEqual(['nature', 'dataType', 'updateFrequency', 'format'])
    expect(names('layanan')).toEqual(['deliveryMode', 'purpose', 'audience', 'serviceUnit'])
    expect(names('keamanan')).toEqual(['scope', 'frequency', 'standard', 'implementer'])
    // Infrastructure mixes twelve kinds: only what at least half of them carry.
    expect(names('infrastruktur')).toEqual(['ownership', 'vendor', 'capacity', 'location'])
  })

  it('never picks an attribute most rows lack or that every kind of every domain has', () => {
    for (const d of DOMAINS) {
      const kinds = kindsOfDomain(d.id)
      const picked = domainAttributes(d.id)
      expect(picked.length).toBeGreaterThanOrEqual(2)
      expect(picked.length).toBeLessThanOrEqual(MAX_ATTRIBUTE_COLUMNS)
      for (const def of picked) {
        expect(def.name).not.toBe('indicativeBudget')
        expect(kinds.filter((k) => k.attributes.some((a) => a.name === def.name)).length * 2).toBeGreaterThanOrEqual(kinds.length)
      }
    }
  })

  it('lays out the fixed columns around the attributes, each with a grid track', () => {
    const columns = catalogueColumns('aplikasi')
    expect(columns.map((c) => c.id)).toEqual([
      'code', 'name', 'kind', 'owner', 'refCodes', 'attr:platform', 'attr:function', 'attr:licenseType', 'attr:interoperability', 'inAsis', 'targetStatus',
    ])
    expect(columns.filter((c) => !c.editable).map((c) => c.id)).toEqual(['kind', 'inAsis', 'targetStatus'])
    expect(columnTrack({ min: 92, grow: 0 })).toBe('92px')
    expect(columnTrack({ min: 200, grow: 2 })).toBe('minmax(200px, 2fr)')
  })

  it('offers for bulk edit only the attributes all selected kinds share, with the options valid for all', () => {
    const kinds = ['aplikasi-khusus', 'sistem-operasi'].map((k) => elementKind(k)!) as ElementKind[]
    const common = commonAttributes(kinds)
    expect(common.map((d) => d.name)).toEqual(['licenseType', 'indicativeBudget'])
    const license = common[0]!
    expect(license.type === 'enum' && license.options.map((o) => o.value)).toEqual(['open-source', 'proprietary'])
    expect(commonAttributes([elementKind('server')!]).map((d) => d.name)).toContain('memoryGb')
    expect(commonAttributes([])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { createElement, setAttribute, updateElement } from '../../model/commands/elementCommands.ts'
import { addOpd } from '../../model/commands/opdCommands.ts'
import { createRelation } from '../../model/commands/relationCommands.ts'
import { emptyProject } from '../../model/emptyProject.ts'
import { localOrigin } from '../../model/origin.ts'
import { readProjectData } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { translate, type Locale, type Translate } from '../i18n/translate.ts'
import { compareMoments } from './compareVersion.ts'
import { versionDiff } from './versionDiff.ts'

const tr = (locale: Locale): Translate => (key, params) => translate(locale, key, params)
const value = <T,>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T => {
  if (!r.ok) throw new Error(r.error.en)
  return r.value
}

describe('the version comparison as the dialog shows it', () => {
  it('groups by domain with names, and shows attribute labels and readable values instead of ids', () => {
    const doc = createDocFromProject(emptyProject({ id: 'p1', name: 'Uji', organization: 'Pemkab', organizationType: 'kabupaten', planStartYear: 2025 }))
    const ctx = { doc, origin: localOrigin('ani') }
    const states = readProjectData(doc).states
    const all = states.map((s) => s.id)
    const target = states.find((s) => s.role === 'target')!.id
    const diskominfo = value(addOpd(ctx, { code: '2.16', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo' }))
    const app = value(createElement(ctx, { kind: 'aplikasi-khusus', name: 'SIMPEG', states: all }))
    const before = readProjectData(doc)

    updateElement(ctx, app, { ownerOpd: diskominfo })
    value(setAttribute(ctx, app, 'platform', 'mobile', target))
    const service = value(createElement(ctx, { kind: 'layanan-publik', name: 'Layanan Kepegawaian', states: all }))
    value(createRelation(ctx, { kind: 'realizes', source: app, target: service }))
    const after = readProjectData(doc)

    const gap = compareMoments(before, after, target)
    const domains = versionDiff(gap, before, after, 'id', tr('id'))
    expect(domains.map((d) => d.domain)).toEqual(['layanan', 'aplikasi'])
    const [layanan, aplikasi] = domains
    expect(layanan!.entries.map((e) => [e.change, e.label, e.detail])).toEqual([['added', 'Layanan Kepegawaian', 'Layanan Publik']])
    expect(layanan!.counts).toEqual({ added: 1, changed: 0, removed: 0 })
    expect(aplikasi!.counts).toEqual({ added: 0, changed: 1, removed: 0 })
    const changed = aplikasi!.entries.find((e) => e.id === app)!
    expect(changed.fields).toEqual([
      { field: 'ownerOpd', label: 'OPD pemilik', before: '—', after: 'Diskominfo' },
      { field: 'platform', label: 'Basis aplikasi', before: '—', after: 'Mobile' },
    ])
    // The relation sits with its source, named by its ends and verb.
    expect(aplikasi!.entries.find((e) => e.change === 'added')?.label).toBe('SIMPEG merealisasikan Layanan Kepegawaian')

    const en = versionDiff(gap, before, after, 'en', tr('en'))
    expect(en[1]!.entries.find((e) => e.id === app)!.fields.map((f) => f.label)).toEqual(['Owner OPD', 'Application platform'])
    expect(en[0]!.title).toBe('Services')
    doc.destroy()
  })
})

/**
 * What the architecture model shows about the indicators it can speak to, as evidence sentences
 * in both languages ("14 dari 61 aplikasi berjalan di pusat data ..."). Never a level: the
 * assessor decides; these are bukti dukung they may cite or question.
 *
 * Pure: a ProjectData and a state in, sentences out.
 */
import { DOMAINS } from '../../model/metamodel/domains.ts'
import { msg, type Message } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import type { Roadmap } from '../roadmap/activity.ts'
import { MUATAN } from '../roadmap/muatan.ts'
import { StateView, type ElementInState } from '../stateView.ts'
import { hintIndicators, type HintTopic } from './hintIndicators.ts'

export interface ArchitectureHint {
  readonly topic: HintTopic
  /** Indicators of the framework asked for that the hint speaks to (empty for an unmapped framework). */
  readonly indicators: readonly number[]
  readonly message: Message
  /** The figures behind the sentence: `count` of `total`. */
  readonly count: number
  readonly total: number
  /** Elements the reader may want to look at: those that fall short (at most MAX_ELEMENTS). */
  readonly elements: readonly string[]
}

export interface HintOptions {
  /** The framework whose indicator numbers to attach (default spbe-2020). */
  readonly framework?: string
  /** The scheduled Peta Rencana, for the roadmap hint; without it that hint says none was given. */
  readonly roadmap?: Roadmap
}

const MAX_ELEMENTS = 50
const APPLICATIONS = ['aplikasi-umum', 'aplikasi-khusus']
const DATA_CENTRES: ReadonlySet<unknown> = new Set(['pusat-data-nasional', 'pusat-data-daerah'])
const PLATFORM_SOFTWARE: ReadonlySet<string> = new Set(['sistem-operasi', 'dbms', 'perangkat-lunak-utilitas'])
const NETWORKED = ['fasilitas-komputasi', 'server', 'komputasi-awan']
const SECURITY_KINDS: ReadonlySet<string> = new Set(['standar-prosedur', 'edukasi-kesadaran', 'identifikasi-kerentanan', 'peningkatan-keamanan', 'penanganan-insiden', 'audit-keamanan', 'kelaikan-keamanan'])

/** Every hint for one state of the project, in HINT_TOPICS order. */
export function architectureHints(data: ProjectData, stateId: string, options: HintOptions = {}): ArchitectureHint[] {
  const state = data.states.find((s) => s.id === stateId)
  if (!state) throw new Error(`Kondisi "${stateId}" tidak ada / State "${stateId}" does not exist`)
  const view = new StateView(data, state)
  const framework = options.framework ?? 'spbe-2020'
  const hint = (topic: HintTopic, count: number, total: number, message: Message, short: readonly ElementInState[] = []): ArchitectureHint => ({
    topic, indicators: hintIndicators(framework, topic), message, count, total, elements: short.slice(0, MAX_ELEMENTS).map((e) => e.id),
  })
  const apps = view.ofKind(...APPLICATIONS)
  const out: ArchitectureHint[] = []

  // Pusat data: the hosting chain of rule 3b (server -> the facility it is in; system software -> its host).
  const memo = new Map<string, boolean>()
  const outside = apps.filter((a) => !view.out(a.id, 'runs-on').some((r) => inDataCentre(view, r.target, memo)))
  const unhosted = apps.filter((a) => view.out(a.id, 'runs-on').length === 0).length
  const inside = apps.length - outside.length
  out.push(hint('pusat-data', inside, apps.length, msg(
    `${inside} dari ${apps.length} aplikasi berjalan di pusat data nasional/daerah atau komputasi awan; ${unhosted} tanpa tempat berjalan yang tercatat`,
    `${inside} of ${apps.length} applications run in a national/regional data centre or the cloud; ${unhosted} have no recorded host`,
  ), outside))

  const networks = view.ofKind('jaringan-intra')
  const sites = view.ofKind(...NETWORKED)
  const offNet = sites.filter((s) => !view.hasOutTo(s.id, 'connected-to', (t) => t.kind === 'jaringan-intra'))
  out.push(hint('jaringan-intra', sites.length - offNet.length, sites.length, msg(
    `${networks.length} jaringan intra tercatat; ${sites.length - offNet.length} dari ${sites.length} pusat data, server dan komputasi awan terhubung ke jaringan intra`,
    `${networks.length} intranets recorded; ${sites.length - offNet.length} of ${sites.length} data centres, servers and cloud services are connected to an intranet`,
  ), offNet))

  const buses = view.ofKind('sistem-penghubung-layanan')
  const integrations = view.relations.filter((r) => r.kind === 'integrates-with')
  const throughBus = integrations.filter((r) => typeof r.attrs['via'] === 'string' && r.attrs['via'] !== '').length
  const busApps = apps.filter((a) => view.hasOutTo(a.id, 'connects-through', (t) => t.kind === 'sistem-penghubung-layanan')).length
  out.push(hint('penghubung-layanan', throughBus, integrations.length, msg(
    `${buses.length} sistem penghubung layanan tercatat; ${throughBus} dari ${integrations.length} integrasi antaraplikasi melaluinya; ${busApps} aplikasi terhubung melaluinya`,
    `${buses.length} service buses recorded; ${throughBus} of ${integrations.length} application integrations go through one; ${busApps} applications connect through one`,
  )))

  const common = apps.filter((a) => a.kind === 'aplikasi-umum')
  out.push(hint('aplikasi-umum', common.length, apps.length, msg(
    `${common.length} dari ${apps.length} aplikasi adalah aplikasi umum`,
    `${common.length} of ${apps.length} applications are common (shared) applications`,
  )))

  const dataItems = view.ofKind('data-informasi')
  const filled = (e: ElementInState, attr: string): boolean => typeof e.attrs[attr] === 'string' && e.attrs[attr] !== ''
  const withCustodian = dataItems.filter((d) => filled(d, 'custodian')).length
  const withProducer = dataItems.filter((d) => filled(d, 'producer')).length
  out.push(hint('manajemen-data', withCustodian, dataItems.length, msg(
    `${withCustodian} dari ${dataItems.length} data dan informasi punya wali data; ${withProducer} punya produsen data`,
    `${withCustodian} of ${dataItems.length} data and information items have a data custodian (wali data); ${withProducer} have a data producer`,
  ), dataItems.filter((d) => !filled(d, 'custodian'))))

  // Assets a security element can protect: data, applications, infrastructure.
  const assets = view.elements.filter((e) => e.domain === 'data' || e.domain === 'aplikasi' || e.domain === 'infrastruktur')
  const unprotected = assets.filter((a) => !view.hasInFrom(a.id, 'protects', (s) => SECURITY_KINDS.has(s.kind)))
  const securityCount = view.ofDomain('keamanan').length
  out.push(hint('keamanan', assets.length - unprotected.length, assets.length, msg(
    `${assets.length - unprotected.length} dari ${assets.length} aset data, aplikasi dan infrastruktur dilindungi unsur keamanan; ${securityCount} unsur keamanan tercatat`,
    `${assets.length - unprotected.length} of ${assets.length} data, application and infrastructure assets are protected by a security element; ${securityCount} security elements recorded`,
  ), unprotected))

  const domains = DOMAINS.filter((d) => view.ofDomain(d.id).length > 0).length
  const elements = view.elements
  const classified = elements.filter((e) => (e.element.refCodes ?? []).length > 0).length
  const owned = elements.filter((e) => e.element.ownerOpd !== undefined && e.element.ownerOpd !== '').length
  out.push(hint('arsitektur', domains, DOMAINS.length, msg(
    `Arsitektur (${state.name}) mengisi ${domains} dari ${DOMAINS.length} domain; ${classified} dari ${elements.length} elemen berkode referensi, ${owned} ber-OPD pemilik`,
    `The architecture (${state.name}) covers ${domains} of ${DOMAINS.length} domains; ${classified} of ${elements.length} elements have a reference code, ${owned} an owner OPD`,
  ), elements.filter((e) => (e.element.refCodes ?? []).length === 0)))

  out.push(roadmapHint(data, options.roadmap, hintIndicators(framework, 'peta-rencana')))
  return out
}

function roadmapHint(data: ProjectData, roadmap: Roadmap | undefined, indicators: readonly number[]): ArchitectureHint {
  const period = `${data.plan.name} (${data.plan.startYear}-${data.plan.startYear + data.plan.years - 1})`
  if (!roadmap) {
    return { topic: 'peta-rencana', indicators, count: 0, total: 0, elements: [], message: msg(`Peta Rencana untuk ${period} belum disusun`, `No Peta Rencana has been drawn up for ${period}`) }
  }
  const all = roadmap.activities.length + roadmap.unscheduled.length
  const muatan = MUATAN.filter((m) => roadmap.activities.some((a) => a.muatan === m.id)).length
  const linked = roadmap.activities.filter((a) => a.goals.length > 0).length
  return {
    topic: 'peta-rencana', indicators, count: roadmap.activities.length, total: all, elements: [],
    message: msg(
      `Peta Rencana ${period}: ${roadmap.activities.length} dari ${all} kegiatan terjadwal, mencakup ${muatan} dari ${MUATAN.length} muatan; ${linked} kegiatan terkait sasaran RPJMD`,
      `Peta Rencana ${period}: ${roadmap.activities.length} of ${all} kegiatan scheduled, covering ${muatan} of ${MUATAN.length} muatan; ${linked} kegiatan linked to RPJMD goals`,
    ),
  }
}

/** Whether a host leads to a national or regional data centre or the cloud; memoised, cycles lead nowhere. */
function inDataCentre(view: StateView, id: string, memo: Map<string, boolean>): boolean {
  const known = memo.get(id)
  if (known !== undefined) return known
  memo.set(id, false)
  const host = view.get(id)
  let result = false
  if (!host) result = false
  else if (host.kind === 'fasilitas-komputasi') result = DATA_CENTRES.has(host.attrs['facilityType'])
  else if (host.kind === 'komputasi-awan') result = true
  else if (host.kind === 'server') result = view.out(id, 'located-in').some((r) => inDataCentre(view, r.target, memo))
  else if (PLATFORM_SOFTWARE.has(host.kind)) result = view.out(id, 'runs-on').some((r) => inDataCentre(view, r.target, memo))
  memo.set(id, result)
  return result
}

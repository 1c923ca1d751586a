import {
  AS_IS_STATE, TARGET_STATE,
  type AttributeValue, type Element, type Goal, type Membership, type Opd, type ProjectData,
  type ProjectInfo, type Relation, type State, type View, type ViewNode,
} from '../project.ts'
import { DEFAULT_SETTINGS, EMPTY_INDEX_DATA, EMPTY_ROADMAP_INPUT } from '../project.ts'
import { DOMAINS, ELEMENT_KINDS, RELATION_KINDS, isRelationAllowed } from '../metamodel/metamodel.ts'
import type { AttributeDef, ElementKind } from '../metamodel/types.ts'
import { createRandom, type Random } from './random.ts'
import {
  type Sector, SECTORS, sectorIndex, ADMIN_SECTORS, OPD_TABLE, KECAMATAN, REGIONS, CORE_OPD, DISKOMINFO, COMMON_APPS, VERBS, DATA_QUALIFIERS, SERVICE_VARIANTS, INFRA_NAMES, FACILITY_NAMES, TEXT_CHOICES, ENUM_WEIGHTS, DOMAIN_SHARE, KIND_SHARE, CODE_PREFIX, GOAL_TREE,
} from './vocabulary.ts'

/**
 * Seeded generator of realistic synthetic projects for tests and benchmarks: a Pemda with its OPD,
 * an RPJMD goal tree, elements in all six domains, architecture-shaped relations, as-is / target
 * (and optionally 2027) states and one bounded view per domain.
 *
 * Deterministic (same options, deep-equal result) and O(elements + relations): candidate pools per
 * kind and per OPD are built once, duplicates are found through a Set of numeric keys.
 */
export interface GenerateOptions {
  /** Number of elements, exactly. */
  readonly elements: number
  readonly seed: number
  /** Relations per element on average (default 3); the total is reached unless the model is too small to hold it. */
  readonly relationsPerElement?: number
  /** 2: as-is and target (default); 3: also an intermediate state for 2027. */
  readonly states?: 2 | 3
}

const APPS = ['aplikasi-umum', 'aplikasi-khusus']
const SERVICES = ['layanan-publik', 'layanan-administrasi']
const DATA = ['data-informasi']
const PLATFORM = ['sistem-operasi', 'dbms', 'perangkat-lunak-utilitas']
const HARDWARE = ['server', 'periferal', 'media-penyimpanan', 'perangkat-jaringan', 'perangkat-keamanan']
const SECURITY = ELEMENT_KINDS.filter((k) => k.domain === 'keamanan').map((k) => k.id)
const INFRA = ELEMENT_KINDS.filter((k) => k.domain === 'infrastruktur').map((k) => k.id)
/** Business processes are pooled by level ("proses-bisnis:fungsi") so composed-of builds a hierarchy. */
const PB_FUNGSI = 'proses-bisnis:fungsi'
const PB_SUB = 'proses-bisnis:sub-fungsi'
const PB_PROSES = 'proses-bisnis:proses'

interface Pattern {
  readonly kind: string
  readonly sources: readonly string[]
  readonly targets: readonly string[]
  readonly weight: number
  /** Chance that the target is taken from the source's owner OPD (when it has one). */
  readonly local: number
}
const p = (kind: string, sources: readonly string[], targets: readonly string[], weight: number, local = 0): Pattern => ({ kind, sources, targets, weight, local })
const PATTERNS: readonly Pattern[] = [
  p('composed-of', [PB_FUNGSI], [PB_SUB], 4, 0.8),
  p('composed-of', [PB_SUB], [PB_PROSES], 5, 0.8),
  p('supports', SERVICES, [PB_PROSES, PB_SUB], 12, 0.6),
  p('realizes', APPS, SERVICES, 12, 0.6),
  p('uses-data', APPS, DATA, 10, 0.5),
  p('uses-data', [PB_PROSES, PB_SUB, ...SERVICES], DATA, 5, 0.5),
  p('produces-data', APPS, DATA, 9, 0.7),
  p('produces-data', [PB_PROSES, PB_SUB], DATA, 3, 0.7),
  p('runs-on', APPS, ['server', 'komputasi-awan', 'fasilitas-komputasi'], 8),
  p('runs-on', APPS, PLATFORM, 3),
  p('runs-on', PLATFORM, ['server', 'komputasi-awan'], 3),
  p('located-in', [...HARDWARE, 'sistem-penghubung-layanan'], ['fasilitas-komputasi'], 3),
  p('connected-to', ['fasilitas-komputasi', 'server', 'perangkat-jaringan', 'komputasi-awan'], ['jaringan-intra'], 2),
  p('integrates-with', APPS, APPS, 8, 0.3),
  p('connects-through', APPS, ['sistem-penghubung-layanan'], 3),
  p('protects', SECURITY, APPS, 3),
  p('protects', SECURITY, DATA, 2),
  p('protects', SECURITY, INFRA, 3),
  p('governs', ['standar-prosedur'], SECURITY.filter((k) => k !== 'standar-prosedur'), 1),
]
const kindOfTag = (tag: string): string => tag.split(':')[0]!

// ---- states -------------------------------------------------------------------------------

const IN_ASIS = 1
const IN_MID = 2
const IN_TARGET = 4
const PLAN_START = 2025
const PLAN_YEARS = 5
const MID_STATE_ID = 'y2027'

// ---- generator ----------------------------------------------------------------------------

interface Context { readonly opd: Opd; readonly sector: Sector; readonly object: string; readonly code: string; readonly region: string; readonly rng: Random }

export function generateProject(options: GenerateOptions): ProjectData {
  const n = options.elements
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`elements must be a non-negative integer, got ${n}`)
  const perElement = options.relationsPerElement ?? 3
  if (!(perElement >= 0)) throw new RangeError(`relationsPerElement must be >= 0, got ${perElement}`)
  const threeStates = options.states === 3
  const rng = createRandom(options.seed)

  // Organisation and plan.
  const region = rng.pick(REGIONS)
  const orgType = rng.chance(0.65) ? 'kabupaten' : rng.chance(0.8) ? 'kota' : 'provinsi'
  const orgName = `Pemerintah ${orgType === 'kabupaten' ? 'Kabupaten' : orgType === 'kota' ? 'Kota' : 'Provinsi'} ${region}`
  const project: ProjectInfo = {
    id: `gen-${rng.seed}-${n}`,
    name: `Arsitektur dan Peta Rencana SPBE ${region}`,
    organization: orgName,
    organizationType: orgType,
    description: `Proyek sintetis (seed ${rng.seed}, ${n} elemen) untuk pengujian dan pengukuran kinerja.`,
  }
  const opds = makeOpds(n)
  const opdSectors = opds.map((_, i) => (i < OPD_TABLE.length ? OPD_TABLE[i]![3] : 'Pemerintahan Dalam Negeri|Kependudukan').split('|').map((s) => sectorIndex.get(s)!))
  const { goals, linkable } = makeGoals(rng, region)
  const states: State[] = [{ ...AS_IS_STATE }]
  if (threeStates) states.push({ id: MID_STATE_ID, name: 'Kondisi Tahun 2027', role: 'intermediate', year: 2027 })
  states.push({ ...TARGET_STATE, year: PLAN_START + PLAN_YEARS - 1 })

  // Kinds: exact counts per domain and kind, in shuffled order so ids do not follow domains.
  const kinds: ElementKind[] = []
  const kindCounts: number[] = []
  const domainCounts = allocate(n, DOMAINS.map((d) => DOMAIN_SHARE[d.id] ?? 10), n >= DOMAINS.length)
  DOMAINS.forEach((d, di) => {
    const ofDomain = ELEMENT_KINDS.filter((k) => k.domain === d.id)
    const counts = allocate(domainCounts[di]!, ofDomain.map((k) => KIND_SHARE[k.id] ?? 10), false)
    ofDomain.forEach((k, ki) => { kinds.push(k); kindCounts.push(counts[ki]!) })
  })
  const kindSeq: number[] = new Array<number>(n)
  for (let k = 0, i = 0; k < kinds.length; k++) for (let c = 0; c < kindCounts[k]!; c++) kindSeq[i++] = k
  rng.shuffle(kindSeq)
  const idsByKind = new Map<string, number[]>(kinds.map((k) => [k.id, []]))
  for (let i = 0; i < n; i++) idsByKind.get(kinds[kindSeq[i]!]!.id)!.push(i)

  // Elements.
  const elements: Element[] = new Array<Element>(n)
  const ownerOf = new Uint16Array(n)
  const maskOf = new Uint8Array(n)
  const tagOf: string[] = new Array<string>(n)
  const objectOf: string[] = new Array<string>(n)
  const counters = new Map<string, number>()
  const domainInBoth = new Set<string>()
  const viewNodes = new Map<string, ViewNode[]>(DOMAINS.map((d) => [d.id, []]))
  const elementId = (i: number): string => `e${i + 1}`
  for (let i = 0; i < n; i++) {
    const kind = kinds[kindSeq[i]!]!
    const num = (counters.get(kind.id) ?? 0) + 1
    counters.set(kind.id, num)
    const code = `${CODE_PREFIX[kind.id] ?? `K${kindSeq[i]}`}-${String(num).padStart(6, '0')}`
    const owner = pickOwner(rng, kind, opds.length)
    ownerOf[i] = owner
    const opd = opds[owner]!
    const sec = SECTORS[kind.id === 'layanan-administrasi' ? rng.pick(ADMIN_SECTORS) : rng.pick(opdSectors[owner]!)]!
    const object = rng.pick(sec.objects)
    objectOf[i] = object
    const ctx: Context = { opd, sector: sec, object, code, region, rng }

    const attrs: Record<string, AttributeValue> = {}
    for (const def of kind.attributes) {
      if (!def.required && !rng.chance(0.5)) continue
      const v = attributeValue(def, ctx, opds, idsByKind, elementId)
      if (v !== undefined) attrs[def.name] = v
    }
    const name = elementName(kind, ctx, num, attrs)
    tagOf[i] = kind.id === 'proses-bisnis' ? `proses-bisnis:${String(attrs.level ?? 'proses')}` : kind.id

    // Membership: ~70% in both, ~15% new in the target, ~15% retired; each domain gets one in both.
    const roll = rng.next()
    const both = roll < 0.7 || !domainInBoth.has(kind.domain)
    const elementStates: Record<string, Membership> = {}
    let mask: number
    if (both) {
      domainInBoth.add(kind.domain)
      mask = IN_ASIS | IN_TARGET
      elementStates.asis = {}
      let target: Membership = { status: 'tetap' }
      if (rng.chance(0.15)) {
        const override = developedAttrs(kind, attrs, ctx, opds, idsByKind, elementId)
        target = override ? { status: 'pengembangan', attrs: override } : { status: 'pengembangan' }
      }
      if (threeStates) { mask |= IN_MID; elementStates[MID_STATE_ID] = rng.chance(0.5) ? copyMembership(target) : { status: 'tetap' } }
      elementStates.target = target
    } else if (roll < 0.85) {
      mask = IN_TARGET
      if (threeStates && rng.chance(0.5)) { mask |= IN_MID; elementStates[MID_STATE_ID] = { status: 'baru' } }
      elementStates.target = { status: 'baru' }
    } else {
      mask = IN_ASIS
      elementStates.asis = {}
      if (threeStates && rng.chance(0.5)) { mask |= IN_MID; elementStates[MID_STATE_ID] = { status: 'tetap' } }
    }
    maskOf[i] = mask

    const e: Record<string, unknown> = { id: elementId(i), kind: kind.id, name, code }
    if (rng.chance(0.3)) e.description = `${kind.label.id} ${object.toLowerCase()} yang dikelola ${opd.name}`
    e.ownerOpd = opd.id
    const users = userOpds(rng, kind, owner, opds)
    if (users) e.userOpds = users
    e.refCodes = [refCode(rng, kind, sec)]
    if (linkable.length > 0 && rng.chance(0.1)) e.goals = rng.chance(0.2) ? distinctPair(rng, linkable) : [rng.pick(linkable)]
    e.attrs = attrs
    e.states = elementStates
    elements[i] = e as unknown as Element

    const nodes = viewNodes.get(kind.domain)!
    if (nodes.length < 200) {
      const at = nodes.length
      nodes.push({ element: elementId(i), x: 40 + (at % 10) * 220, y: 40 + Math.floor(at / 10) * 104, w: 180, h: 64 })
    }
  }

  const relations = generateRelations(rng, n, Math.round(perElement * n), {
    tagOf, maskOf, ownerOf, objectOf, opds, opdCount: opds.length, idsByKind, elementId, kindOf: (i) => kinds[kindSeq[i]!]!.id, region,
  }, threeStates)

  const views: View[] = DOMAINS.map((d) => ({ id: `view-${d.id}`, name: `Domain ${d.label.id}`, layout: 'domain' as const, domain: d.id, nodes: viewNodes.get(d.id)! }))
  return {
    project,
    opd: opds,
    plan: { name: `RPJMD ${PLAN_START}-${PLAN_START + PLAN_YEARS - 1}`, document: 'rpjmd', startYear: PLAN_START, years: PLAN_YEARS, goals },
    states,
    elements,
    relations,
    views,
    catalogueExtensions: [],
    settings: DEFAULT_SETTINGS,
    roadmap: EMPTY_ROADMAP_INPUT,
    index: EMPTY_INDEX_DATA,
  }
}

interface RelationInput {
  readonly tagOf: readonly string[]
  readonly maskOf: Uint8Array
  readonly ownerOf: Uint16Array
  readonly objectOf: readonly string[]
  readonly opds: readonly Opd[]
  readonly opdCount: number
  readonly idsByKind: ReadonlyMap<string, number[]>
  readonly elementId: (i: number) => string
  readonly kindOf: (i: number) => string
  readonly region: string
}

function generateRelations(rng: Random, n: number, wanted: number, input: RelationInput, threeStates: boolean): Relation[] {
  const { tagOf, maskOf, ownerOf, opdCount, kindOf, elementId } = input
  const byTag = new Map<string, number[]>()
  for (let i = 0; i < n; i++) {
    let list = byTag.get(tagOf[i]!)
    if (!list) byTag.set(tagOf[i]!, (list = []))
    list.push(i)
  }
  const relationKindIndex = new Map(RELATION_KINDS.map((k, i) => [k.id, i]))
  const pool = (tags: readonly string[]): number[] => tags.flatMap((t) => byTag.get(t) ?? [])
  const usable = PATTERNS.filter((pt) => relationKindIndex.has(pt.kind)
    && pt.sources.some((s) => pt.targets.some((t) => isRelationAllowed(pt.kind, kindOfTag(s), kindOfTag(t)))))
    .map((pt) => ({ ...pt, from: pool(pt.sources), to: pool(pt.targets), byOpd: undefined as number[][] | undefined }))
    .filter((pt) => pt.from.length > 0 && pt.to.length > 0)
  const cumulative: number[] = []
  let totalWeight = 0
  for (const pt of usable) cumulative.push((totalWeight += pt.weight))

  const relations: Relation[] = []
  if (usable.length === 0) return relations
  const seen = new Set<number>()
  const key = (k: number, s: number, t: number): number => (k * n + s) * n + t
  const maxAttempts = wanted * 20 + 1000
  for (let attempt = 0; relations.length < wanted && attempt < maxAttempts; attempt++) {
    const roll = rng.next() * totalWeight
    let pi = 0
    while (cumulative[pi]! <= roll) pi++
    const pt = usable[pi]!
    const s = pt.from[rng.int(0, pt.from.length - 1)]!
    let t: number
    if (pt.local > 0 && rng.chance(pt.local)) {
      if (!pt.byOpd) {
        pt.byOpd = Array.from({ length: opdCount }, () => [])
        for (const x of pt.to) pt.byOpd[ownerOf[x]!]!.push(x)
      }
      const local = pt.byOpd[ownerOf[s]!]!
      t = local.length > 0 ? local[rng.int(0, local.length - 1)]! : pt.to[rng.int(0, pt.to.length - 1)]!
    } else {
      t = pt.to[rng.int(0, pt.to.length - 1)]!
    }
    if (s === t) continue
    const common = maskOf[s]! & maskOf[t]!
    if (common === 0) continue
    const kindId = pt.kind
    if (!isRelationAllowed(kindId, kindOf(s), kindOf(t))) continue
    const ki = relationKindIndex.get(kindId)!
    const k = key(ki, s, t)
    if (seen.has(k) || (kindId === 'integrates-with' && seen.has(key(ki, t, s)))) continue
    seen.add(k)

    // Most relations hold wherever both ends exist; some between existing elements are new in the target.
    const mask = (common & IN_ASIS) && (common & IN_TARGET) && rng.chance(0.1) ? IN_TARGET : common
    const status = mask & IN_ASIS ? 'tetap' : 'baru'
    const states: Record<string, Membership> = {}
    if (mask & IN_ASIS) states.asis = {}
    if (threeStates && mask & IN_MID) states[MID_STATE_ID] = { status }
    if (mask & IN_TARGET) states.target = { status }

    const attrs: Record<string, AttributeValue> = {}
    const rk = RELATION_KINDS[ki]!
    if (rk.attributes.length > 0) {
      const ctx: Context = { opd: input.opds[ownerOf[s]!]!, sector: SECTORS[0]!, object: input.objectOf[t]!, code: '', region: input.region, rng }
      for (const def of rk.attributes) {
        if (!def.required && !rng.chance(0.4)) continue
        // A referenced element (the SPLP an integration goes through) exists wherever the relation does.
        const v = attributeValue(def, ctx, input.opds, input.idsByKind, elementId, (i) => (maskOf[i]! & mask) === mask)
        if (v !== undefined) attrs[def.name] = v
      }
    }
    relations.push({ id: `r${relations.length + 1}`, kind: kindId, source: elementId(s), target: elementId(t), attrs, states })
  }
  return relations
}

// ---- helpers ------------------------------------------------------------------------------

/** Splits `total` by `weights` exactly (largest remainder); with `atLeastOne`, no share is left empty. */
function allocate(total: number, weights: readonly number[], atLeastOne: boolean): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => (sum > 0 ? (total * w) / sum : 0))
  const counts = raw.map(Math.floor)
  let rest = total - counts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => i).sort((a, b) => (raw[b]! - counts[b]!) - (raw[a]! - counts[a]!) || a - b)
  for (let j = 0; rest > 0; j = (j + 1) % order.length, rest--) counts[order[j]!]!++
  if (atLeastOne) {
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] !== 0) continue
      const largest = counts.indexOf(Math.max(...counts))
      counts[largest]!--
      counts[i] = 1
    }
  }
  return counts
}

/** 13 OPD at 1k elements, growing with the cube root of size up to 60 at 100k. */
function makeOpds(n: number): Opd[] {
  const count = Math.max(3, Math.min(OPD_TABLE.length + KECAMATAN.length, Math.round(13 * Math.pow(Math.max(n, 1) / 1000, Math.log(60 / 13) / Math.log(100)))))
  const opds: Opd[] = []
  for (let i = 0; i < count; i++) {
    const row = OPD_TABLE[i]
    const nr = String(i + 1).padStart(2, '0')
    if (row) opds.push({ id: `opd${i + 1}`, code: `${row[2]}.${nr}`, name: row[0], shortName: row[1] })
    else {
      const kec = KECAMATAN[i - OPD_TABLE.length]!
      opds.push({ id: `opd${i + 1}`, code: `7.01.${nr}`, name: `Kecamatan ${kec}`, shortName: `Kec. ${kec}` })
    }
  }
  return opds
}


/** 1 visi, 3 misi, 6 tujuan, 6 to 12 sasaran with one IKU each (yearly targets over the plan). */
function makeGoals(rng: Random, region: string): { goals: Goal[]; linkable: string[] } {
  const goals: Goal[] = []
  const linkable: string[] = []
  let next = 1
  const add = (g: Omit<Goal, 'id'>): string => { const id = `g${next++}`; goals.push({ id, ...g }); return id }
  const visi = add({ level: 'visi', code: 'V', text: `Terwujudnya ${region} yang maju, sejahtera, dan berdaya saing melalui pemerintahan digital` })
  GOAL_TREE.forEach(([misiText, tujuans], mi) => {
    const misi = add({ level: 'misi', parent: visi, code: `M${mi + 1}`, text: misiText })
    tujuans.forEach(([tujuanText, sasarans], ti) => {
      const tujuan = add({ level: 'tujuan', parent: misi, code: `T${mi + 1}.${ti + 1}`, text: tujuanText })
      const chosen = rng.chance(0.6) ? sasarans : [rng.pick(sasarans)]
      chosen.forEach(([sasaranText, ikuText, unit, base, step], si) => {
        const nr = `${mi + 1}.${ti + 1}.${si + 1}`
        const sasaran = add({ level: 'sasaran', parent: tujuan, code: `S${nr}`, text: sasaranText })
        const targets: Record<string, number> = {}
        for (let y = 0; y < PLAN_YEARS; y++) targets[String(PLAN_START + y)] = Math.round((base + step * y) * 100) / 100
        const iku = add({ level: 'iku', parent: sasaran, code: `IKU${nr}`, text: ikuText, unit, targets })
        linkable.push(sasaran, iku)
      })
    })
  })
  return { goals, linkable }
}

function pickOwner(rng: Random, kind: ElementKind, opdCount: number): number {
  if ((kind.domain === 'infrastruktur' || kind.domain === 'keamanan') && opdCount > DISKOMINFO && rng.chance(0.6)) return DISKOMINFO
  if ((kind.id === 'aplikasi-umum' || kind.id === 'layanan-administrasi') && rng.chance(0.5)) return rng.int(0, Math.min(CORE_OPD, opdCount) - 1)
  return rng.int(0, opdCount - 1)
}

function userOpds(rng: Random, kind: ElementKind, owner: number, opds: readonly Opd[]): string[] | undefined {
  if (opds.length < 2) return undefined
  const shared = kind.id === 'aplikasi-umum'
  if (!rng.chance(shared ? 0.6 : kind.domain === 'aplikasi' || kind.domain === 'layanan' || kind.domain === 'data' ? 0.25 : 0.05)) return undefined
  const wanted = Math.min(opds.length - 1, shared ? rng.int(2, 5) : rng.int(1, 3))
  const picked: number[] = []
  while (picked.length < wanted) {
    const o = rng.int(0, opds.length - 1)
    if (o !== owner && !picked.includes(o)) picked.push(o)
  }
  return picked.map((o) => opds[o]!.id)
}

function refCode(rng: Random, kind: ElementKind, sec: Sector): string {
  switch (kind.id) {
    case 'proses-bisnis': return rng.chance(0.85) ? sec.rab : sec.rab.slice(0, 6)
    case 'data-informasi': return rng.chance(0.9) ? `RAD${sec.rab.slice(3, 6)}` : 'RAD.10'
    case 'layanan-publik': return 'RAL.01'
    case 'layanan-administrasi': return 'RAL.02'
    case 'aplikasi-umum': return rng.chance(0.5) ? 'RAA.01.01' : 'RAA.01.02'
    case 'aplikasi-khusus': return rng.chance(0.5) ? 'RAA.02.01' : 'RAA.02.02'
    default: return DOMAINS.find((d) => d.id === kind.domain)!.referenceArchitecture
  }
}

function elementName(kind: ElementKind, ctx: Context, num: number, attrs: Readonly<Record<string, AttributeValue>>): string {
  const { rng, object, sector: sec, opd } = ctx
  switch (kind.domain) {
    case 'proses-bisnis':
      return attrs.level === 'fungsi' ? `Urusan ${sec.name} ${num}` : `${rng.pick(VERBS)} ${object} ${num}`
    case 'data':
      return `Data ${object} ${rng.pick(DATA_QUALIFIERS)} ${num}`
    case 'layanan':
      return kind.id === 'layanan-administrasi' ? `Layanan Administrasi ${object} ${num}` : `Layanan ${object} ${rng.pick(SERVICE_VARIANTS)} ${num}`
    case 'aplikasi':
      if (kind.id === 'aplikasi-umum') return `${rng.pick(COMMON_APPS)} ${opd.shortName} ${num}`
      return rng.chance(0.5) ? `Aplikasi ${object} ${sec.name} ${num}` : `Sistem Informasi ${object} ${num}`
    default: {
      if (kind.id === 'fasilitas-komputasi') {
        return `${FACILITY_NAMES[String(attrs.facilityType)] ?? 'Pusat Data'} ${opd.shortName} ${num}`
      }
      const names = INFRA_NAMES[kind.id]
      return `${names ? rng.pick(names) : kind.label.id} ${opd.shortName} ${num}`
    }
  }
}

/** A valid value for `def`; element references only to elements `accept` allows (undefined when none is found). */
function attributeValue(
  def: AttributeDef, ctx: Context, opds: readonly Opd[], idsByKind: ReadonlyMap<string, number[]>, elementId: (i: number) => string,
  accept?: (i: number) => boolean,
): AttributeValue | undefined {
  const { rng } = ctx
  switch (def.type) {
    case 'enum': {
      const weights = ENUM_WEIGHTS[def.name]
      if (weights) {
        const total = def.options.reduce((a, o) => a + (weights[o.value] ?? 0), 0)
        let roll = rng.next() * total
        for (const o of def.options) if ((roll -= weights[o.value] ?? 0) < 0) return o.value
      }
      return rng.pick(def.options).value
    }
    case 'text': {
      const text = textValue(def.name, def.label.id, ctx)
      return def.maxLength !== undefined ? text.slice(0, def.maxLength) : text
    }
    case 'number': {
      const min = def.min ?? 0
      switch (def.name) {
        case 'launchYear': return Math.max(min, rng.int(2008, 2024))
        case 'memoryGb': return rng.pick([8, 16, 32, 64, 128, 256])
        case 'bandwidthMbps': return rng.pick([10, 20, 50, 100, 200, 1000])
        case 'quantity': return rng.int(1, 40)
        case 'nodes': return rng.int(2, 80)
        case 'apiCount': return rng.int(1, 120)
        default: return Math.ceil(min) + rng.int(0, 100)
      }
    }
    case 'date': return `${rng.int(2022, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
    case 'boolean': return rng.chance(0.5)
    case 'reference': {
      if (def.target === 'opd') return rng.chance(0.7) ? ctx.opd.id : rng.pick(opds).id
      const candidates = def.target.elementKinds.flatMap((k) => (idsByKind.get(k)?.length ? [k] : []))
      for (let tries = 0; candidates.length > 0 && tries < 10; tries++) {
        const i = rng.pick(idsByKind.get(rng.pick(candidates))!)
        if (!accept || accept(i)) return elementId(i)
      }
      return undefined
    }
  }
}

function textValue(name: string, label: string, ctx: Context): string {
  const { rng, object, opd } = ctx
  const choices = TEXT_CHOICES[name]
  if (choices) return rng.pick(choices)
  const lower = object.toLowerCase()
  switch (name) {
    case 'governmentAffair': return ctx.sector.name
    case 'output': return `${rng.pick(['Dokumen', 'Laporan', 'Rekapitulasi', 'Surat Keputusan'])} ${lower}`
    case 'regulation': return `Peraturan Daerah Nomor ${rng.int(1, 25)} Tahun ${rng.int(2012, 2024)}`
    case 'purpose': return `Mempermudah layanan ${lower} bagi masyarakat`
    case 'serviceUnit': return opd.name
    case 'function': return `Mengelola ${lower} secara elektronik`
    case 'url': return `https://${ctx.code.toLowerCase()}.${ctx.region.toLowerCase().replace(/[^a-z]+/g, '')}.go.id`
    case 'location': return rng.pick(['Gedung Diskominfo', 'Kantor Bupati', 'Pusat Data Daerah', `Kantor ${opd.shortName}`])
    case 'scope': return rng.chance(0.4) ? 'Seluruh perangkat daerah' : `Aplikasi dan infrastruktur ${opd.shortName}`
    case 'dataExchanged': return `Data ${lower}`
    default: return `${label} ${lower}`
  }
}

/** One attribute changed for an element under development (pengembangan) in the target. */
function developedAttrs(
  kind: ElementKind, attrs: Readonly<Record<string, AttributeValue>>, ctx: Context, opds: readonly Opd[],
  idsByKind: ReadonlyMap<string, number[]>, elementId: (i: number) => string,
): Record<string, AttributeValue> | undefined {
  const candidates = kind.attributes.filter((a) => a.type !== 'reference')
  if (candidates.length === 0) return undefined
  const def = ctx.rng.pick(candidates)
  let value = attributeValue(def, ctx, opds, idsByKind, elementId)
  for (let tries = 0; tries < 4 && value === attrs[def.name]; tries++) value = attributeValue(def, ctx, opds, idsByKind, elementId)
  return value === undefined || value === attrs[def.name] ? undefined : { [def.name]: value }
}

function copyMembership(m: Membership): Membership {
  return m.attrs ? { ...m, attrs: { ...m.attrs } } : { ...m }
}

function distinctPair(rng: Random, items: readonly string[]): string[] {
  const a = rng.pick(items)
  const b = rng.pick(items)
  return a === b ? [a] : [a, b]
}

import type { Evidence, IndexAssessment, IndexData, IndicatorAssessment, IndicatorLink, InteropData } from '../project.ts'
import { setFields, type DocRoots, type RecordMap } from './docSchema.ts'
import { newRecordMap } from './records.ts'

/** The SPBE index (assessments, links, the project's frameworks, target) and interop data in the Y.Doc. */

export const LEVEL_PREFIX = 'lv:'
export const JUSTIFICATION_PREFIX = 'lj:'
export const EVIDENCE_PREFIX = 'le:'

export const levelKey = (indicator: string | number): string => LEVEL_PREFIX + indicator
export const justificationKey = (indicator: string | number): string => JUSTIFICATION_PREFIX + indicator
export const evidenceKey = (indicator: string | number): string => EVIDENCE_PREFIX + indicator
export const linkKey = (activity: string, indicator: number): string => `${activity}#${indicator}`

export function writeAssessment(m: RecordMap, a: IndexAssessment): void {
  setFields(m, { framework: a.framework, published: a.published })
  for (const [n, i] of Object.entries(a.indicators)) {
    if (i.level !== undefined) m.set(levelKey(n), i.level)
    if (i.justification) m.set(justificationKey(n), i.justification)
    if (i.evidence && i.evidence.length > 0) m.set(evidenceKey(n), i.evidence.map((e) => ({ kind: e.kind, value: e.value })))
  }
}

export function readAssessment(yearKey: string, m: RecordMap): IndexAssessment {
  const indicators: Record<string, { level?: number; justification?: string; evidence?: readonly Evidence[] }> = {}
  const at = (n: string): { level?: number; justification?: string; evidence?: readonly Evidence[] } => (indicators[n] ??= {})
  let framework = ''
  let published: number | undefined
  m.forEach((value, key) => {
    if (key === 'framework') framework = value as string
    else if (key === 'published') published = value as number
    else if (key.startsWith(LEVEL_PREFIX)) at(key.slice(LEVEL_PREFIX.length)).level = value as number
    else if (key.startsWith(JUSTIFICATION_PREFIX)) at(key.slice(JUSTIFICATION_PREFIX.length)).justification = value as string
    else if (key.startsWith(EVIDENCE_PREFIX)) at(key.slice(EVIDENCE_PREFIX.length)).evidence = value as Evidence[]
  })
  return { year: Number(yearKey), framework, indicators: indicators as Record<string, IndicatorAssessment>, ...(published === undefined ? {} : { published }) }
}

export function writeIndexData(r: DocRoots, index: IndexData): void {
  for (const a of index.assessments) {
    const m = newRecordMap()
    r.assessments.set(String(a.year), m)
    writeAssessment(m, a)
  }
  for (const l of index.links) r.indicatorLinks.set(linkKey(l.activity, l.indicator), l.level)
  for (const f of index.frameworks) r.frameworks.set(String(f.id), f)
  if (index.target) setFields(r.indexSettings, { targetYear: index.target.year, targetIndex: index.target.index })
}

export function readIndexData(r: DocRoots): IndexData {
  const assessments: IndexAssessment[] = []
  r.assessments.forEach((m, year) => assessments.push(readAssessment(year, m)))
  assessments.sort((a, b) => a.year - b.year)
  const links: IndicatorLink[] = []
  r.indicatorLinks.forEach((level, key) => {
    const sep = key.lastIndexOf('#')
    links.push({ activity: key.slice(0, sep), indicator: Number(key.slice(sep + 1)), level: level as number })
  })
  const frameworks: Readonly<Record<string, unknown>>[] = []
  r.frameworks.forEach((f) => frameworks.push(f as Readonly<Record<string, unknown>>))
  const year = r.indexSettings.get('targetYear')
  const index = r.indexSettings.get('targetIndex')
  const target = typeof year === 'number' && typeof index === 'number' ? { target: { year, index } } : {}
  return { assessments, frameworks, links, ...target }
}

export function writeInterop(r: DocRoots, interop: InteropData | undefined): void {
  if (interop?.archimate) r.interop.set('archimate', interop.archimate)
  if (interop?.archiCsv) r.interop.set('archiCsv', interop.archiCsv)
}

export function readInterop(r: DocRoots): InteropData | undefined {
  const archimate = r.interop.get('archimate') as InteropData['archimate']
  const archiCsv = r.interop.get('archiCsv') as InteropData['archiCsv']
  if (!archimate && !archiCsv) return undefined
  return { ...(archimate ? { archimate } : {}), ...(archiCsv ? { archiCsv } : {}) }
}

import { msg } from '../../model/message.ts'
import type { RoadmapInput } from '../../model/project.ts'
import { newActivity, type Activity, type RoadmapProblem } from './activity.ts'
import type { ActivityIndex } from './deriveActivities.ts'

/**
 * Applies what the user changed to the generated kegiatan: splits, then merges, then field
 * overrides (so a merged kegiatan can still be renamed), and adds the manual kegiatan.
 * An override whose kegiatan no longer exists is reported, never dropped from the document.
 */
export function applyOverrides(
  generated: readonly Activity[], index: ActivityIndex, input: RoadmapInput,
): { activities: Activity[]; warnings: RoadmapProblem[]; unchanged: boolean } {
  const overrideIds = Object.keys(input.overrides).sort()
  if (overrideIds.length === 0 && input.manualActivities.length === 0) return { activities: generated.slice(), warnings: [], unchanged: true }
  const byId = new Map(generated.map((a) => [a.id, a]))
  const warnings: RoadmapProblem[] = []
  const orphan = (id: string): void => {
    warnings.push({ code: 'orphaned-override', activities: [id], message: msg(`Perubahan untuk kegiatan "${id}" tidak dipakai: kegiatan itu tidak ada lagi`, `The changes to kegiatan "${id}" are not used: that kegiatan no longer exists`) })
  }

  for (const id of overrideIds) {
    const splits = input.overrides[id]!.splitOff
    const a = byId.get(id)
    if (!splits) continue
    if (!a) continue // reported below with the other fields
    for (const s of splits) {
      const moved = a.closes.filter((g) => s.closes.includes(g))
      if (moved.length === 0 || byId.has(s.id)) continue
      a.closes = a.closes.filter((g) => !moved.includes(g))
      const movedElements = new Set(moved.map((g) => g.slice(g.indexOf(':') + 1)))
      const part = newActivity({
        ...a, id: s.id, name: s.name, generatedName: s.name, origin: 'split', closes: moved,
        delivers: a.delivers.filter((d) => movedElements.has(d.element)), dependencies: [], totalBudget: 0, goals: [...a.goals], relatedOpd: [...a.relatedOpd],
      })
      a.delivers = a.delivers.filter((d) => !movedElements.has(d.element))
      for (const d of part.delivers) {
        const p = index.project.positionOf(d.element)
        if (p >= 0 && index.byElement[p] === a.id) index.byElement[p] = part.id
      }
      byId.set(part.id, part)
    }
  }

  for (const id of overrideIds) {
    const into = input.overrides[id]!.mergedInto
    if (!into) continue
    const a = byId.get(id)
    const target = byId.get(resolveMerge(into, input, byId))
    if (!a || !target || target === a) continue
    target.closes.push(...a.closes)
    target.delivers.push(...a.delivers)
    target.totalBudget += a.totalBudget
    target.goals = [...new Set([...target.goals, ...a.goals])]
    target.relatedOpd = [...new Set([...target.relatedOpd, ...a.relatedOpd, ...(a.opd && a.opd !== target.opd ? [a.opd] : [])])].sort()
    target.priority = Math.max(target.priority, a.priority)
    const { byElement, relinkByElement } = index
    for (let p = 0; p < byElement.length; p++) if (byElement[p] === a.id) byElement[p] = target.id
    for (let p = 0; p < relinkByElement.length; p++) {
      const list = relinkByElement[p]
      if (list) relinkByElement[p] = list.map((x) => (x === a.id ? target.id : x))
    }
    byId.delete(a.id)
  }

  for (const id of overrideIds) {
    const o = input.overrides[id]!
    const a = byId.get(id)
    if (!a) {
      if (!o.mergedInto || !byId.has(resolveMerge(o.mergedInto, input, byId))) orphan(id)
      continue
    }
    if (o.name) a.name = o.name
    if (o.pinnedYear !== undefined) a.pinnedYear = o.pinnedYear
    if (o.duration !== undefined) a.duration = o.duration
    if (o.opd) a.opd = o.opd
    if (o.goals) a.goals = [...o.goals]
    if (o.budget) {
      a.budgetOverride = o.budget
      a.totalBudget = Object.values(o.budget).reduce((s, v) => s + v, 0)
    }
  }

  for (const m of input.manualActivities) {
    if (byId.has(m.id)) continue
    byId.set(m.id, newActivity({
      id: m.id, generatedName: m.name, muatan: m.muatan, action: 'manual', origin: 'manual',
      opd: m.opd, relatedOpd: [...(m.relatedOpd ?? [])], duration: m.duration ?? 1, pinnedYear: m.startYear,
      totalBudget: Object.values(m.budget ?? {}).reduce((s, v) => s + v, 0), budgetOverride: m.budget, goals: [...(m.goals ?? [])],
    }))
  }
  return { activities: [...byId.values()], warnings, unchanged: false }
}

/** Follows a chain of merges (A into B, B into C) to the kegiatan that remains. */
function resolveMerge(id: string, input: RoadmapInput, byId: ReadonlyMap<string, Activity>): string {
  const seen = new Set<string>()
  let current = id
  while (!seen.has(current)) {
    seen.add(current)
    const next = input.overrides[current]?.mergedInto
    if (!next || !byId.has(next) && !input.overrides[next]) break
    current = next
  }
  return current
}

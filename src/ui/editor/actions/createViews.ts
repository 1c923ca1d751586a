import type { ELK } from 'elkjs/lib/elk-api.js'
import { ok } from '../../../model/commands/commandContext.ts'
import { createView, placeInView } from '../../../model/commands/viewCommands.ts'
import { DOMAINS, elementKind } from '../../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../../model/metamodel/types.ts'
import type { ProjectionState } from '../../../model/projection/projection.ts'
import { localeStore } from '../../i18n/locale.ts'
import { localized, translate } from '../../i18n/translate.ts'
import { perform, type EditorEnv } from '../editorEnv.ts'
import { selectView } from '../editorStore.ts'
import { elkEngine } from '../layout/elkEngine.ts'
import { layoutInput } from '../layout/layoutInput.ts'
import { layoutView, type Placement } from '../layout/viewLayout.ts'

/** A named custom view, empty, shown at once. */
export function createCustomView(env: EditorEnv, name: string): string | undefined {
  const result = perform(env, () => createView(env.ctx, { name, layout: 'custom' }))
  if (!result.ok) return undefined
  selectView(env.ui, result.value)
  return result.value
}

/** Ids of the project's elements of one domain (in any state). */
export function elementsOfDomain(state: ProjectionState, domain: DomainId): string[] {
  const ids: string[] = []
  for (const e of state.elements.values()) if (elementKind(e.kind)?.domain === domain) ids.push(e.id)
  return ids
}

/**
 * For a project without diagrams: one view per domain holding that domain's elements, laid out
 * automatically. The layouts are computed first, then all views are created in one step.
 */
export async function createDomainViews(env: EditorEnv, elk?: ELK): Promise<boolean> {
  const engine = elk ?? (await elkEngine())
  const before = env.store.getState()
  const layouts: Placement[][] = []
  for (const domain of DOMAINS) {
    const { items, links } = layoutInput(before, undefined, elementsOfDomain(before, domain.id))
    layouts.push(await layoutView(engine, 'flow', items, links))
  }
  const locale = localeStore.getState().locale
  const created: string[] = []
  const result = perform(env, () => {
    const exists = env.store.getState().elements
    for (const [i, domain] of DOMAINS.entries()) {
      const name = translate(locale, 'editor.domainViewName', { domain: localized(domain.label, locale) })
      const view = createView(env.ctx, { name, layout: 'domain', domain: domain.id })
      if (!view.ok) return view
      created.push(view.value)
      const nodes = layouts[i]!.filter((p) => exists.has(p.id)).map((p) => ({ element: p.id, x: p.x, y: p.y, w: p.w, h: p.h }))
      const placed = placeInView(env.ctx, view.value, nodes)
      if (!placed.ok) return placed
    }
    return ok(undefined)
  })
  if (result.ok && created[0]) selectView(env.ui, created[0])
  return result.ok
}

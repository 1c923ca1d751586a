import { useState } from 'react'
import { domainById } from '../../../model/metamodel/domains.ts'
import { elementKind } from '../../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../../model/metamodel/types.ts'
import type { View } from '../../../model/project.ts'
import { useLocale, useT } from '../../i18n/locale.ts'
import { localized } from '../../i18n/translate.ts'
import { placeWithLayout } from '../actions/autoLayout.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { stateLabel } from '../toolbar/stateLabel.ts'

/**
 * What to do next when the canvas shows nothing: an empty view explains the palette (and a domain
 * view offers the domain's existing elements); a view with nothing in this state says so.
 */
export function CanvasEmptyState({ view, shownCount }: { readonly view: View; readonly shownCount: number }) {
  const t = useT()
  const locale = useLocale()
  const env = useEditorEnv()
  const stateId = useUi((s) => s.stateId)
  const state = useProjection((s) => s.states.find((st) => st.id === stateId))
  const domain = view.layout === 'domain' ? (view.domain as DomainId | undefined) : undefined
  const domainCount = useProjection((s) => (domain && view.nodes.length === 0 ? countOfDomain(s.elements.values(), domain) : 0))
  const [busy, setBusy] = useState(false)
  if (shownCount > 0) return null
  if (view.nodes.length > 0) {
    return (
      <div className="canvas-empty canvas-empty--hint" role="note">
        <p>{t('editor.canvas.noneInState', { state: state ? stateLabel(state, t) : '' })}</p>
      </div>
    )
  }
  const showDomain = async (): Promise<void> => {
    if (!domain) return
    setBusy(true)
    try {
      const ids = [...env.store.getState().elements.values()].filter((e) => elementKind(e.kind)?.domain === domain).map((e) => e.id)
      await placeWithLayout(env, view.id, ids)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="canvas-empty" role="note">
      <h2 className="canvas-empty__title">{t('editor.canvas.emptyTitle')}</h2>
      <p>{t('editor.canvas.emptyBody')}</p>
      {domain && domainCount > 0 && (
        <button type="button" className="editor-button editor-button--primary" onClick={() => void showDomain()} disabled={busy} aria-busy={busy}>
          {busy ? t('editor.actions.layingOut') : t('editor.canvas.showDomain', { count: domainCount, domain: localized(domainById(domain).label, locale) })}
        </button>
      )}
    </div>
  )
}

function countOfDomain(elements: Iterable<{ readonly kind: string }>, domain: DomainId): number {
  let n = 0
  for (const e of elements) if (elementKind(e.kind)?.domain === domain) n++
  return n
}

import type { ReactNode } from 'react'
import { useT } from '../i18n/locale.ts'
import { useProjection, useUi } from './EditorContext.tsx'
import { SelectionSummary } from './SelectionSummary.tsx'

export interface PanelSelection {
  /** The one selected element, when exactly one is selected and still exists. */
  readonly elementId?: string
  readonly stateId: string
}

export type RightPanelRenderer = (selection: PanelSelection) => ReactNode

/** The right column: the lead's properties panel for the selection, or a placeholder. */
export function RightPanel({ render }: { readonly render: RightPanelRenderer | undefined }) {
  const t = useT()
  const stateId = useUi((s) => s.stateId)
  const nodes = useUi((s) => s.selection.nodes)
  const only = nodes.size === 1 ? nodes.values().next().value : undefined
  const exists = useProjection((s) => (only ? s.elements.has(only) : false))
  const elementId = exists ? only : undefined
  return (
    <aside className="editor__panel" aria-label={t('editor.panel.title')}>
      {render ? (
        render(elementId ? { elementId, stateId } : { stateId })
      ) : (
        <div className="editor__panel-placeholder">
          <h2>{t('editor.panel.title')}</h2>
          {elementId ? (
            <SelectionSummary elementId={elementId} />
          ) : (
            <p className="muted">{nodes.size > 1 ? t('editor.panel.many', { count: nodes.size }) : t('editor.panel.empty')}</p>
          )}
        </div>
      )}
    </aside>
  )
}

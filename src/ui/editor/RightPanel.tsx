import { useId, type KeyboardEvent, type ReactNode } from 'react'
import { useT } from '../i18n/locale.ts'
import { useEditorEnv, useProjection, useUi } from './EditorContext.tsx'
import { setPanelTab, type PanelTab } from './editorStore.ts'
import { GapPanel } from './gap/GapPanel.tsx'
import { SelectionSummary } from './SelectionSummary.tsx'
import './gap/gapPanel.css'

export interface PanelSelection {
  /** The one selected element, when exactly one is selected and still exists. */
  readonly elementId?: string
  readonly stateId: string
}

export type RightPanelRenderer = (selection: PanelSelection) => ReactNode

const TABS: readonly PanelTab[] = ['properties', 'gap']

/**
 * The right column, in two tabs: the lead's properties panel for the selection (or a
 * placeholder), and the gap panel. Only the open tab is mounted, so the gap analysis runs only
 * while someone looks at it.
 */
export function RightPanel({ render }: { readonly render: RightPanelRenderer | undefined }) {
  const t = useT()
  const env = useEditorEnv()
  const tab = useUi((s) => s.panelTab)
  const base = useId()
  const tabId = (k: PanelTab): string => `${base}-tab-${k}`
  const panelId = `${base}-panel`

  // Arrow keys move between the two tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    event.preventDefault()
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]!
    setPanelTab(env.ui, next)
    document.getElementById(tabId(next))?.focus()
  }

  return (
    <aside className="editor__panel has-tabs" aria-label={t('editor.panel.tabs')}>
      <div className="panel-tabs" role="tablist" aria-label={t('editor.panel.tabs')} onKeyDown={onKeyDown}>
        {TABS.map((k) => (
          <button
            key={k}
            id={tabId(k)}
            type="button"
            role="tab"
            className="panel-tab"
            aria-selected={tab === k}
            aria-controls={panelId}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setPanelTab(env.ui, k)}
            data-panel-tab={k}
          >
            {t(k === 'properties' ? 'editor.panel.tabProperties' : 'editor.panel.tabGap')}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(tab)} className={`panel-tabpanel panel-tabpanel--${tab}`}>
        {tab === 'properties' ? <PropertiesTab render={render} /> : <GapPanel />}
      </div>
    </aside>
  )
}

function PropertiesTab({ render }: { readonly render: RightPanelRenderer | undefined }) {
  const t = useT()
  const stateId = useUi((s) => s.stateId)
  const nodes = useUi((s) => s.selection.nodes)
  const only = nodes.size === 1 ? nodes.values().next().value : undefined
  const exists = useProjection((s) => (only ? s.elements.has(only) : false))
  const elementId = exists ? only : undefined
  if (render) return <>{render(elementId ? { elementId, stateId } : { stateId })}</>
  return (
    <div className="editor__panel-placeholder">
      <h2>{t('editor.panel.title')}</h2>
      {elementId ? (
        <SelectionSummary elementId={elementId} />
      ) : (
        <p className="muted">{nodes.size > 1 ? t('editor.panel.many', { count: nodes.size }) : t('editor.panel.empty')}</p>
      )}
    </div>
  )
}

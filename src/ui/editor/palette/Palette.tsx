import './palette.css'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { memo, useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
import { DOMAINS } from '../../../model/metamodel/metamodel.ts'
import { INITIAL_BROWSER_STATE, type BrowserViewState } from '../../browser/browserViewState.ts'
import { ModelBrowser } from '../../browser/ModelBrowser.tsx'
import { useT } from '../../i18n/locale.ts'
import { addElementAt } from '../actions/addElement.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { PaletteGroup } from './PaletteGroup.tsx'
import { moveFocusInList } from './paletteKeys.ts'

type LeftTab = 'palette' | 'model'
const TABS: readonly LeftTab[] = ['palette', 'model']

/**
 * The editor's left column, in two tabs: the palette of element kinds by domain (drag one onto
 * the canvas, or click it, or press Enter on it, to add a new element in the middle of the
 * visible canvas), and the model browser (every existing element, to find it or place it).
 */
export const Palette = memo(function Palette() {
  const t = useT()
  const baseId = useId()
  const [tab, setTab] = useState<LeftTab>('palette')
  // Kept here, not in the browser, so the browser keeps its place while the Palette tab is shown.
  const [browser, setBrowser] = useState<BrowserViewState>(INITIAL_BROWSER_STATE)
  const tabRefs = useRef<Partial<Record<LeftTab, HTMLButtonElement | null>>>({})

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = TABS.indexOf(tab)
    const next = event.key === 'ArrowRight' ? TABS[(at + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(at + TABS.length - 1) % TABS.length] : event.key === 'Home' ? TABS[0] : event.key === 'End' ? TABS.at(-1) : undefined
    if (!next) return
    event.preventDefault()
    event.stopPropagation()
    setTab(next)
    tabRefs.current[next]?.focus()
  }

  return (
    <aside className="editor-palette" aria-label={t('browser.tabs.label')}>
      <div className="editor-palette__tabs" role="tablist" aria-label={t('browser.tabs.label')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el
            }}
            type="button"
            role="tab"
            id={`${baseId}-${id}-tab`}
            className="editor-palette__tab"
            aria-selected={tab === id}
            aria-controls={`${baseId}-${id}-panel`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(id === 'palette' ? 'browser.tab.palette' : 'browser.tab.model')}
          </button>
        ))}
      </div>
      <div className="editor-palette__panel" role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}-tab`}>
        {tab === 'palette' ? <KindPalette /> : <ModelBrowser state={browser} setState={setBrowser} />}
      </div>
    </aside>
  )
})

/** The kinds by domain, each domain folding. Up and Down move between its buttons, Home and End to the ends. */
function KindPalette() {
  const t = useT()
  const env = useEditorEnv()
  const flow = useReactFlow()
  const flowStore = useStoreApi()
  const viewId = useUi((s) => s.viewId)
  const hasView = useProjection((s) => (viewId ? s.views.has(viewId) : false))
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())

  const toggle = useCallback((domain: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (!next.delete(domain)) next.add(domain)
      return next
    })
  }, [])

  const addAtCentre = useCallback(
    (kind: string) => {
      const { width, height, domNode } = flowStore.getState()
      const box = domNode?.getBoundingClientRect()
      if (!box) return
      const centre = flow.screenToFlowPosition({ x: box.left + width / 2, y: box.top + height / 2 })
      addElementAt(env, kind, centre, { avoidOverlap: true })
    },
    [env, flow, flowStore],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (moveFocusInList(event.currentTarget, event.key)) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  return (
    <>
      <div className="editor-palette__head">
        <h2 className="editor-palette__title">{t('editor.palette.title')}</h2>
        <p className="editor-palette__hint">{hasView ? t('editor.palette.hint') : t('editor.palette.noView')}</p>
      </div>
      <div className="editor-palette__groups" onKeyDown={onKeyDown}>
        {DOMAINS.map((domain) => (
          <PaletteGroup key={domain.id} domain={domain} open={!collapsed.has(domain.id)} disabled={!hasView} onToggle={toggle} onAdd={addAtCentre} />
        ))}
      </div>
    </>
  )
}

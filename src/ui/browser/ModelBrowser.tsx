import './browser.css'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { memo, useCallback, useId, useMemo, useRef, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react'
import { catalogueWithExtensions, nationalCatalogue } from '../../model/reference/catalogue.ts'
import { focusElements } from '../editor/actions/focusElements.ts'
import { placeExisting } from '../editor/actions/placeExisting.ts'
import { useEditorEnv, useProjection, useUi } from '../editor/EditorContext.tsx'
import { useLocale, useT } from '../i18n/locale.ts'
import { BrowserTree } from './BrowserTree.tsx'
import { allGroupIds, buildBrowserTree, GROUPINGS } from './browserTree.ts'
import { collapsedAll, isFiltering, withExpanded, withFilter, type BrowserViewState } from './browserViewState.ts'
import { flattenTree } from './flattenTree.ts'

export interface ModelBrowserProps {
  readonly state: BrowserViewState
  readonly setState: Dispatch<SetStateAction<BrowserViewState>>
}

const NO_NODES: ReadonlySet<string> = new Set()

/**
 * Every element of the model as a tree: by domain and kind, by owner OPD, or along the reference
 * catalogue. Choosing an element shows it on the canvas; dragging one onto the canvas places it
 * in the current view. This component is the only one that reads the whole element map: it
 * builds the tree once per model change and flattens it once per expansion change.
 */
export const ModelBrowser = memo(function ModelBrowser({ state, setState }: ModelBrowserProps) {
  const t = useT()
  const locale = useLocale()
  const env = useEditorEnv()
  const filterId = useId()
  const treeBox = useRef<HTMLDivElement>(null)

  const elements = useProjection((s) => s.elements)
  const opd = useProjection((s) => s.opd)
  const extensions = useProjection((s) => s.catalogueExtensions)
  const states = useProjection((s) => s.states)
  const viewId = useUi((s) => s.viewId)
  const viewNodes = useProjection((s) => (viewId ? s.views.get(viewId)?.nodes : undefined))
  const selected = useUi((s) => s.selection.nodes)

  const catalogue = useMemo(() => catalogueWithExtensions(nationalCatalogue(), extensions).catalogue, [extensions])
  const { grouping, filter } = state
  const tree = useMemo(() => buildBrowserTree({ elements, opd, catalogue }, { grouping, filter, locale, t }), [elements, opd, catalogue, grouping, filter, locale, t])
  const filtering = isFiltering(state)
  const { expanded, closedWhileFiltering } = state
  // While filtering, groups are open unless closed (see browserViewState.ts).
  const rows = useMemo(
    () => flattenTree(tree.groups, filtering ? (id) => !closedWhileFiltering.has(id) : (id) => expanded.has(id)),
    [tree, expanded, closedWhileFiltering, filtering],
  )
  const inView = useMemo(() => (viewNodes ? new Set(viewNodes.map((n) => n.element)) : NO_NODES), [viewNodes])

  const onExpand = useCallback((groupId: string, open: boolean) => setState((s) => withExpanded(s, groupId, open)), [setState])
  const onActiveChange = useCallback((key: string) => setState((s) => (s.activeKey === key ? s : { ...s, activeKey: key })), [setState])
  const onShow = useCallback((elementId: string) => focusElements(env, [elementId]), [env])
  const flow = useReactFlow()
  const flowStore = useStoreApi()
  const onPlace = useCallback(
    (elementId: string) => {
      const { width, height, domNode } = flowStore.getState()
      const box = domNode?.getBoundingClientRect()
      if (!box) return
      placeExisting(env, elementId, flow.screenToFlowPosition({ x: box.left + width / 2, y: box.top + height / 2 }), { avoidOverlap: true })
    },
    [env, flow, flowStore],
  )

  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape' && state.filter !== '') {
      event.preventDefault()
      event.stopPropagation()
      setState((s) => withFilter(s, ''))
    } else if (event.key === 'ArrowDown' && rows.length > 0) {
      // Down from the filter goes into the results, as in a search box with a list below.
      event.preventDefault()
      treeBox.current?.querySelector<HTMLElement>('[role="tree"]')?.focus()
    }
  }

  const summary = filtering ? t('browser.summaryFiltered', { count: tree.matched, total: elements.size }) : t('browser.summary', { count: elements.size })

  return (
    <div className="model-browser">
      <div className="model-browser__head">
        <div className="model-browser__grouping" role="group" aria-label={t('browser.grouping.label')}>
          {GROUPINGS.map((g) => (
            <button
              key={g}
              type="button"
              className="model-browser__grouping-button"
              aria-pressed={grouping === g}
              title={t(`browser.grouping.${g}Title`)}
              onClick={() => setState((s) => ({ ...s, grouping: g, activeKey: undefined }))}
            >
              {t(`browser.grouping.${g}`)}
            </button>
          ))}
        </div>
        <div className="model-browser__filter">
          <label htmlFor={filterId} className="visually-hidden">
            {t('browser.filter.label')}
          </label>
          <input
            id={filterId}
            type="search"
            className="model-browser__filter-input"
            placeholder={t('browser.filter.placeholder')}
            value={state.filter}
            onChange={(e) => {
              const value = e.target.value
              setState((s) => withFilter(s, value))
            }}
            onKeyDown={onFilterKey}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="model-browser__meta">
          <span aria-live="polite">{summary}</span>
          {rows.some((r) => r.type === 'group' && r.expanded) && (
            <button type="button" className="model-browser__link" onClick={() => setState((s) => collapsedAll(s, allGroupIds(tree.groups)))}>
              {t('browser.collapseAll')}
            </button>
          )}
        </div>
      </div>
      <div className="model-browser__tree" ref={treeBox}>
        {rows.length > 0 ? (
          <BrowserTree
            rows={rows}
            label={t('browser.tree.label')}
            activeKey={state.activeKey}
            onActiveChange={onActiveChange}
            onExpand={onExpand}
            onShow={onShow}
            onPlace={onPlace}
            selected={selected}
            inView={inView}
            states={states}
          />
        ) : (
          <p className="model-browser__empty">
            {filtering ? t('browser.empty.filter', { filter: state.filter.trim() }) : t('browser.empty.model')}
          </p>
        )}
      </div>
      {rows.length > 0 && <p className="model-browser__hint">{t('browser.hint')}</p>}
    </div>
  )
})

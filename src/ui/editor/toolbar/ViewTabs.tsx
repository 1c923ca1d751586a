import { memo, useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react'
import { domainById } from '../../../model/metamodel/domains.ts'
import type { DomainId } from '../../../model/metamodel/types.ts'
import { useLocale, useT } from '../../i18n/locale.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { orderViews, selectView } from '../editorStore.ts'
import { viewLabel } from './viewLabel.ts'

/** The project's views as tabs: domain views first (in domain order), then layered, then custom. */
export const ViewTabs = memo(function ViewTabs() {
  const t = useT()
  const locale = useLocale()
  const env = useEditorEnv()
  const views = useProjection((s) => s.views)
  const current = useUi((s) => s.viewId)
  const ordered = useMemo(() => orderViews(views), [views])
  const list = useRef<HTMLDivElement>(null)

  // The row scrolls when there are many views: keep the shown one in sight (also when search picked it).
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }, [current])

  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const i = ordered.findIndex((v) => v.id === current)
    const next = ordered[(i + (event.key === 'ArrowRight' ? 1 : ordered.length - 1)) % ordered.length]
    if (!next) return
    event.preventDefault()
    event.stopPropagation()
    selectView(env.ui, next.id)
    event.currentTarget.querySelector<HTMLElement>(`[data-view-tab="${CSS.escape(next.id)}"]`)?.focus()
  }

  return (
    <div ref={list} className="view-tabs" role="tablist" aria-label={t('editor.views.label')} onKeyDown={onKeyDown}>
      {ordered.map((v) => {
        const selected = v.id === current
        const color = v.layout === 'domain' && v.domain ? domainById(v.domain as DomainId).color : undefined
        return (
          <button
            key={v.id}
            type="button"
            role="tab"
            className={`view-tab is-${v.layout}`}
            aria-selected={selected}
            aria-controls="editor-canvas-panel"
            tabIndex={selected ? 0 : -1}
            data-view-tab={v.id}
            onClick={() => selectView(env.ui, v.id)}
            style={color ? ({ '--domain-color': color } as CSSProperties) : undefined}
            title={v.layout === 'domain' ? v.name : `${v.name} (${t(v.layout === 'layered' ? 'editor.views.layered' : 'editor.views.custom')})`}
          >
            <span className="view-tab__marker" aria-hidden="true" />
            <span className="view-tab__name">{viewLabel(v, locale)}</span>
          </button>
        )
      })}
    </div>
  )
})

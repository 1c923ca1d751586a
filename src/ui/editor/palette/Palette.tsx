import { useReactFlow, useStoreApi } from '@xyflow/react'
import { memo, useCallback, useState } from 'react'
import { DOMAINS } from '../../../model/metamodel/metamodel.ts'
import { useT } from '../../i18n/locale.ts'
import { addElementAt } from '../actions/addElement.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { PaletteGroup } from './PaletteGroup.tsx'

/**
 * The element kinds by domain. Drag one onto the canvas, or click it (or press Enter on it) to
 * add it in the middle of the visible canvas.
 */
export const Palette = memo(function Palette() {
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

  return (
    <aside className="editor-palette" aria-labelledby="editor-palette-title">
      <div className="editor-palette__head">
        <h2 id="editor-palette-title" className="editor-palette__title">
          {t('editor.palette.title')}
        </h2>
        <p className="editor-palette__hint">{hasView ? t('editor.palette.hint') : t('editor.palette.noView')}</p>
      </div>
      <div className="editor-palette__groups">
        {DOMAINS.map((domain) => (
          <PaletteGroup key={domain.id} domain={domain} open={!collapsed.has(domain.id)} disabled={!hasView} onToggle={toggle} onAdd={addAtCentre} />
        ))}
      </div>
    </aside>
  )
})

import { useReactFlow } from '@xyflow/react'
import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/locale.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { uiMessage } from '../editorEnv.ts'
import { notify } from '../editorStore.ts'
import { downloadDataUrl, imageFileName, renderViewImage, type ImageFormat } from './exportView.ts'
import './exportMenu.css'

const FORMATS: readonly ImageFormat[] = ['png', 'svg']

/** "Export" over the canvas: the shown view, in the shown state, as a PNG or an SVG file named after the view. */
export const ExportMenu = memo(function ExportMenu() {
  const t = useT()
  const env = useEditorEnv()
  const flow = useReactFlow()
  const viewId = useUi((s) => s.viewId)
  const viewName = useProjection((s) => (viewId ? s.views.get(viewId)?.name : undefined))
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onPointer = (e: PointerEvent): void => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const close = (): void => {
    setOpen(false)
    button.current?.focus()
  }

  const exportAs = async (format: ImageFormat): Promise<void> => {
    close()
    const viewport = button.current?.closest('.react-flow')?.querySelector<HTMLElement>('.react-flow__viewport')
    const nodes = flow.getNodes()
    if (!viewport || nodes.length === 0 || !viewName) return
    setBusy(true)
    try {
      downloadDataUrl(await renderViewImage(viewport, nodes, format), imageFileName(viewName, format))
    } catch {
      notify(env.ui, 'error', uiMessage('editor.export.failed'))
    } finally {
      setBusy(false)
    }
  }

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const i = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape') {
      event.stopPropagation()
      close()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      event.stopPropagation()
      items[(i + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
    }
  }

  return (
    <div className="export-menu">
      <button
        ref={button} type="button" className="editor-button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close() : setOpen(true))} disabled={!viewName || busy} aria-busy={busy} title={t('editor.export.menuTitle')} data-action="export"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11v2.5h11V11" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {busy ? t('editor.export.busy') : t('editor.export.menu')}
      </button>
      {open && (
        <div ref={menu} id={menuId} className="export-menu__list" role="menu" aria-label={t('editor.export.menu')} onKeyDown={onMenuKey}>
          {FORMATS.map((f) => (
            <button key={f} type="button" role="menuitem" className="export-menu__item" onClick={() => void exportAs(f)} data-export={f}>
              <span className="export-menu__label">{t(`editor.export.${f}`)}</span>
              <span className="export-menu__help">{t(`editor.export.${f}Help`)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  )
})

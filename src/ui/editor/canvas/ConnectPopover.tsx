import { useLayoutEffect, useMemo, useRef } from 'react'
import type { RelationKind } from '../../../model/metamodel/types.ts'
import { useLocale, useT } from '../../i18n/locale.ts'
import { localized } from '../../i18n/translate.ts'
import { connectElements } from '../actions/connectElements.ts'
import { connectOptions, refusalMessage } from '../actions/connectOptions.ts'
import { useEditorEnv, useProjection } from '../EditorContext.tsx'
import { closeDialog, type CanvasBox, type EditorDialog } from '../editorStore.ts'

type ConnectDialog = Extract<EditorDialog, { type: 'connect' }>

const MARGIN = 8
const GAP = 12

/** Where a popover of size (w, h) goes beside `anchor` in a canvas of size (cw, ch). */
export function popoverPosition(anchor: CanvasBox, w: number, h: number, cw: number, ch: number): { left: number; top: number } {
  const clampTop = (t: number): number => Math.max(MARGIN, Math.min(t, ch - h - MARGIN))
  const clampLeft = (l: number): number => Math.max(MARGIN, Math.min(l, cw - w - MARGIN))
  if (anchor.right + GAP + w <= cw - MARGIN) return { left: anchor.right + GAP, top: clampTop(anchor.top) }
  if (anchor.left - GAP - w >= MARGIN) return { left: anchor.left - GAP - w, top: clampTop(anchor.top) }
  return { left: clampLeft(anchor.left), top: clampTop(anchor.bottom + GAP) }
}

/**
 * After a connection is drawn: the relation kinds the metamodel allows between the two kinds
 * (and the other way round), or why none is allowed.
 */
export function ConnectPopover({ dialog }: { readonly dialog: ConnectDialog }) {
  const env = useEditorEnv()
  const t = useT()
  const locale = useLocale()
  const source = useProjection((s) => s.elements.get(dialog.source))
  const target = useProjection((s) => s.elements.get(dialog.target))
  const ref = useRef<HTMLDivElement>(null)
  const options = useMemo(() => (source && target ? connectOptions(source.kind, target.kind) : undefined), [source, target])

  // Beside the node the connection was dropped on (right, else left, else below), inside the canvas.
  useLayoutEffect(() => {
    const el = ref.current
    const parent = el?.offsetParent
    if (!el || !(parent instanceof HTMLElement)) return
    const { left, top } = popoverPosition(dialog.anchor, el.offsetWidth, el.offsetHeight, parent.clientWidth, parent.clientHeight)
    el.style.left = `${left}px`
    el.style.top = `${top}px`
    el.style.visibility = 'visible'
    el.querySelector<HTMLElement>('button')?.focus({ preventScroll: true })
  }, [dialog, options])

  if (!source || !target || !options) return null
  const none = options.forward.length === 0 && options.backward.length === 0
  const option = (rk: RelationKind, from: typeof source, to: typeof source) => (
    <li key={`${rk.id}:${from.id}`}>
      <button type="button" className="connect-option" data-relation-kind={rk.id} onClick={() => connectElements(env, from.id, to.id, rk.id)}>
        <span className="connect-option__label">{localized(rk.label, locale)}</span>
        <span className="connect-option__sentence">{t('editor.connect.sentence', { source: from.name, verb: localized(rk.verb, locale), target: to.name })}</span>
      </button>
    </li>
  )
  return (
    <div ref={ref} className="connect-popover" role="dialog" aria-labelledby="connect-popover-title" style={{ visibility: 'hidden' }}>
      <h3 id="connect-popover-title" className="connect-popover__title">
        {t('editor.connect.title', { source: source.name, target: target.name })}
      </h3>
      {none ? (
        <div className="connect-popover__refusal" role="alert" data-refusal>
          <strong>{t('editor.connect.refused')}</strong>
          <p>{localized(refusalMessage(source.kind, target.kind), locale)}</p>
        </div>
      ) : (
        <>
          {options.forward.length > 0 && (
            <>
              <p className="connect-popover__hint">{t('editor.connect.choose')}</p>
              <ul className="connect-popover__list">{options.forward.map((rk) => option(rk, source, target))}</ul>
            </>
          )}
          {options.backward.length > 0 && (
            <>
              <p className="connect-popover__hint">{t('editor.connect.reverse')}</p>
              <ul className="connect-popover__list">{options.backward.map((rk) => option(rk, target, source))}</ul>
            </>
          )}
        </>
      )}
      <div className="connect-popover__actions">
        <button type="button" className="editor-button" onClick={() => closeDialog(env.ui)}>
          {t('editor.connect.cancel')}
        </button>
      </div>
    </div>
  )
}

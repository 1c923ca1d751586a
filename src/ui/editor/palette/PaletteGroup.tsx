import { memo, type CSSProperties, type DragEvent } from 'react'
import { kindsOfDomain } from '../../../model/metamodel/metamodel.ts'
import type { Domain } from '../../../model/metamodel/types.ts'
import { useLocale, useT } from '../../i18n/locale.ts'
import { useReadOnly } from '../../project/readOnly.ts'
import { localized } from '../../i18n/translate.ts'
import { DomainIcon } from '../canvas/DomainIcon.tsx'
import { PALETTE_MIME } from './paletteDrag.ts'

interface PaletteGroupProps {
  readonly domain: Domain
  readonly open: boolean
  readonly disabled: boolean
  readonly onToggle: (domain: string) => void
  readonly onAdd: (kind: string) => void
}

function onDragStart(event: DragEvent<HTMLButtonElement>): void {
  const kind = event.currentTarget.dataset.kind
  if (!kind) return
  event.dataTransfer.setData(PALETTE_MIME, kind)
  event.dataTransfer.effectAllowed = 'copy'
}

/** One domain of the palette: a header in the domain's colour that folds, and its kinds. */
export const PaletteGroup = memo(function PaletteGroup({ domain, open, disabled: noView, onToggle, onAdd }: PaletteGroupProps) {
  const t = useT()
  // A viewer adds nothing: the kinds stay visible (they explain the model) but cannot be used.
  const readOnly = useReadOnly()
  const disabled = noView || readOnly
  const locale = useLocale()
  const listId = `palette-${domain.id}`
  return (
    <section className="palette-group" style={{ '--domain-color': domain.color } as CSSProperties} data-palette-domain={domain.id}>
      <h3 className="palette-group__heading">
        <button type="button" className="palette-group__toggle" aria-expanded={open} aria-controls={listId} onClick={() => onToggle(domain.id)}>
          <span className="palette-group__icon">
            <DomainIcon icon={domain.icon} />
          </span>
          <span className="palette-group__label">{localized(domain.label, locale)}</span>
          <span className="palette-group__chevron" aria-hidden="true" />
        </button>
      </h3>
      {open && (
        <ul id={listId} className="palette-group__kinds">
          {kindsOfDomain(domain.id).map((kind) => {
            const label = localized(kind.label, locale)
            return (
              <li key={kind.id}>
                <button
                  type="button"
                  className="palette-item"
                  data-kind={kind.id}
                  draggable={!disabled}
                  disabled={disabled}
                  onDragStart={onDragStart}
                  onClick={() => onAdd(kind.id)}
                  title={`${localized(kind.description, locale)}. ${t('editor.palette.add', { kind: label })}`}
                  aria-label={t('editor.palette.add', { kind: label })}
                >
                  <span className="palette-item__swatch" aria-hidden="true" />
                  <span className="palette-item__label">{label}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
})

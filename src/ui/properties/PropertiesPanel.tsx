import './readOnly.css'
import { useId, useMemo, type CSSProperties } from 'react'
import type * as Y from 'yjs'
import { useStore, type StoreApi } from 'zustand'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import { domainById } from '../../model/metamodel/domains.ts'
import { elementKind } from '../../model/metamodel/metamodel.ts'
import { localOrigin } from '../../model/origin.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { AttributeFields } from './AttributeFields.tsx'
import { ClassificationFields } from './ClassificationFields.tsx'
import { ElementFindings } from './ElementFindings.tsx'
import { ElementHeading } from './ElementHeading.tsx'
import { ElementOriginSection } from './ElementOriginSection.tsx'
import { PropertiesNotice } from './PropertiesNotice.tsx'
import { SharedFields } from './SharedFields.tsx'
import { StateSection } from './StateSection.tsx'

export interface PropertiesPanelProps {
  /** The project's document: every edit goes to it through a model command. */
  readonly doc: Y.Doc
  /** The projection of `doc`; read only. */
  readonly store: StoreApi<ProjectionState>
  /** The selected element, or undefined when nothing is selected. */
  readonly elementId: string | undefined
  /** The state the editor shows: attribute values and state commands are about this state. */
  readonly stateId: string
  /** The local user: edits carry `localOrigin(userId)`, so that user's undo takes them back. */
  readonly userId: string
}

/**
 * The side panel for the selected element, built from the metamodel: what it is, its findings,
 * its standing in the shown state with the fitting state commands, and a form for its fields
 * and its kind's attributes. Mount it in the editor's right-hand column (about 340px wide).
 *
 * It subscribes to the one element (the projection keeps an unchanged element's identity), so
 * edits elsewhere in the model do not re-render it; fields keep what is typed locally and
 * commit on blur or change.
 */
export function PropertiesPanel({ doc, store, elementId, stateId, userId }: PropertiesPanelProps) {
  const t = useT()
  const headingId = useId()
  const element = useStore(store, (s) => (elementId === undefined ? undefined : s.elements.get(elementId)))
  const states = useStore(store, (s) => s.states)
  const ctx = useMemo<CommandContext>(() => ({ doc, origin: localOrigin(userId) }), [doc, userId])
  const readOnly = useReadOnly()

  if (elementId === undefined) {
    return <PropertiesNotice title={t('properties.empty.title')} body={t('properties.empty.body')} detail={t('properties.empty.detail')} />
  }
  if (!element) return <PropertiesNotice title={t('properties.missing.title')} body={t('properties.missing.body')} />
  const kind = elementKind(element.kind)
  if (!kind) return <PropertiesNotice title={element.name} body={t('properties.unknownKind', { kind: element.kind })} />
  const state = states.find((s) => s.id === stateId)
  if (!state) return <PropertiesNotice title={element.name} body={t('properties.unknownState')} />

  const domain = domainById(kind.domain)
  const asis = states.find((s) => s.role === 'asis')
  const target = states.find((s) => s.role === 'target')
  const member = element.states[state.id] !== undefined

  return (
    <section className="props" aria-labelledby={headingId} data-domain={domain.id} style={{ '--domain-color': domain.color } as CSSProperties}>
      <ElementHeading id={headingId} element={element} kind={kind} domain={domain} />
      <ElementFindings store={store} elementId={element.id} />
      {/* A viewer reads every field but changes none: a disabled fieldset disables each control in it. */}
      <fieldset className="props__fieldset" disabled={readOnly} data-readonly={readOnly || undefined}>
        <StateSection ctx={ctx} element={element} state={state} asis={asis} target={target} />
        {/* Keyed by element and state: a new selection starts with fresh fields, never a stale draft. */}
        <div className="props__form" key={`${element.id}\u0000${state.id}`}>
          <p className="props__legend">{t('properties.requiredLegend')}</p>
          <SharedFields ctx={ctx} store={store} element={element} />
          <ClassificationFields ctx={ctx} store={store} element={element} domain={kind.domain} />
          {member && <AttributeFields ctx={ctx} store={store} element={element} kind={kind} state={state} asis={asis} target={target} />}
        </div>
      </fieldset>
      <ElementOriginSection store={store} elementId={element.id} />
    </section>
  )
}

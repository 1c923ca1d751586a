import type { StoreApi } from 'zustand'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import type { ElementKind } from '../../model/metamodel/types.ts'
import type { Element, State } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { AttributeField } from './AttributeField.tsx'
import { hasStateValues } from './elementInState.ts'

export interface AttributeFieldsProps {
  readonly ctx: CommandContext
  readonly store: StoreApi<ProjectionState>
  readonly element: Element
  readonly kind: ElementKind
  readonly state: State
  readonly asis: State | undefined
  readonly target: State | undefined
}

/** The kind's own attributes, in metamodel order, as they are in the shown state. */
export function AttributeFields({ ctx, store, element, kind, state, asis, target }: AttributeFieldsProps) {
  const t = useT()
  // In the as-is, say once that the target keeps its own values: editing here leaves them alone.
  const separate = state.role === 'asis' && target !== undefined && hasStateValues(element, target.id)
  return (
    <fieldset className="props__section">
      <legend className="props__section-title">{t('properties.section.attributes', { state: state.name })}</legend>
      {separate && (
        <p className="prop-note props__separate" data-note="separate">
          {t('properties.targetSeparate')}
        </p>
      )}
      {kind.attributes.map((def) => (
        <AttributeField key={def.name} ctx={ctx} store={store} element={element} def={def} state={state} asis={asis} target={target} />
      ))}
    </fieldset>
  )
}

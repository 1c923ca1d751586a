import { useId, useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import { updateElement } from '../../model/commands/elementCommands.ts'
import type { Element } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { ChipMultiSelect } from './ChipMultiSelect.tsx'
import { ElementTextField } from './ElementTextField.tsx'
import { FieldRow } from './FieldRow.tsx'
import { opdOptions } from './opdOptions.ts'
import { useCommandError } from './useCommandError.ts'

export interface SharedFieldsProps {
  readonly ctx: CommandContext
  readonly store: StoreApi<ProjectionState>
  readonly element: Element
}

/** What an element is and who owns it: the same in every state. */
export function SharedFields({ ctx, store, element }: SharedFieldsProps) {
  const t = useT()
  const ownerId = useId()
  const usersId = useId()
  const opd = useStore(store, (s) => s.opd)
  const options = useMemo(() => opdOptions(opd), [opd])
  const owner = useCommandError()
  const users = useCommandError()
  const ownerKnown = element.ownerOpd === undefined || opd.has(element.ownerOpd)

  return (
    <fieldset className="props__section">
      <legend className="props__section-title">{t('properties.section.general')}</legend>
      <ElementTextField ctx={ctx} element={element} field="name" label={t('properties.field.name')} required />
      <ElementTextField ctx={ctx} element={element} field="code" label={t('properties.field.code')} placeholder={t('properties.field.codePlaceholder')} />
      <ElementTextField ctx={ctx} element={element} field="description" label={t('properties.field.description')} multiline />
      <FieldRow id={ownerId} label={t('properties.field.ownerOpd')} error={owner.error}>
        {(a11y) => (
          <select
            id={ownerId}
            className="prop-select"
            {...a11y}
            value={element.ownerOpd ?? ''}
            // '' removes the owner (updateElement deletes empty fields).
            onChange={(event) => owner.run(() => updateElement(ctx, element.id, { ownerOpd: event.target.value }))}
          >
            <option value="">{t('properties.select.none')}</option>
            {!ownerKnown && <option value={element.ownerOpd}>{t('properties.unknownItem')}</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value} title={o.title}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FieldRow>
      <FieldRow id={usersId} label={t('properties.field.userOpds')} error={users.error}>
        {(a11y) => (
          <ChipMultiSelect
            id={usersId}
            {...a11y}
            values={element.userOpds ?? []}
            groups={[{ options }]}
            addLabel={t('properties.userOpds.add')}
            onChange={(userOpds) => users.run(() => updateElement(ctx, element.id, { userOpds }))}
          />
        )}
      </FieldRow>
    </fieldset>
  )
}

import { useId, useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import { updateElement } from '../../model/commands/elementCommands.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { Element, Goal, GoalLevel } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { ChipMultiSelect, type ChipGroup } from './ChipMultiSelect.tsx'
import { FieldRow } from './FieldRow.tsx'
import { ReferenceCodePicker } from './ReferenceCodePicker.tsx'
import { useCommandError } from './useCommandError.ts'

export interface ClassificationFieldsProps {
  readonly ctx: CommandContext
  readonly store: StoreApi<ProjectionState>
  readonly element: Element
  readonly domain: DomainId
}

const LEVELS: readonly GoalLevel[] = ['visi', 'misi', 'tujuan', 'sasaran', 'iku']

const goalLabel = (g: Goal): string => (g.code ? `${g.code} ${g.text}` : g.text)

/** Where the element sits in the national reference architecture and which plan goals it serves. */
export function ClassificationFields({ ctx, store, element, domain }: ClassificationFieldsProps) {
  const t = useT()
  const refId = useId()
  const goalsId = useId()
  const extensions = useStore(store, (s) => s.catalogueExtensions)
  const plan = useStore(store, (s) => s.plan)
  const refs = useCommandError()
  const goals = useCommandError()

  const goalGroups = useMemo<ChipGroup[]>(
    () =>
      LEVELS.map((level) => ({
        label: t(`properties.goalLevel.${level}`),
        options: plan.goals.filter((g) => g.level === level).map((g) => ({ value: g.id, label: goalLabel(g), title: goalLabel(g) })),
      })).filter((g) => g.options.length > 0),
    [plan.goals, t],
  )

  return (
    <fieldset className="props__section">
      <legend className="props__section-title">{t('properties.section.classification')}</legend>
      <FieldRow id={refId} label={t('properties.field.refCodes')} error={refs.error}>
        {(a11y) => (
          <ReferenceCodePicker
            id={refId}
            {...a11y}
            value={element.refCodes ?? []}
            domain={domain}
            extensions={extensions}
            onChange={(refCodes) => refs.run(() => updateElement(ctx, element.id, { refCodes }))}
          />
        )}
      </FieldRow>
      <FieldRow
        id={goalsId}
        label={t('properties.field.goals', { document: plan.document.toUpperCase() })}
        error={goals.error}
        help={goalGroups.length === 0 ? t('properties.goals.empty') : undefined}
      >
        {(a11y) => (
          <ChipMultiSelect
            id={goalsId}
            {...a11y}
            values={element.goals ?? []}
            groups={goalGroups}
            addLabel={t('properties.goals.add')}
            onChange={(next) => goals.run(() => updateElement(ctx, element.id, { goals: next }))}
          />
        )}
      </FieldRow>
    </fieldset>
  )
}

import { useId } from 'react'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import { updateElement } from '../../model/commands/elementCommands.ts'
import type { Element } from '../../model/project.ts'
import { DraftInput } from './DraftInput.tsx'
import { FieldRow } from './FieldRow.tsx'
import { useCommandError } from './useCommandError.ts'

export interface ElementTextFieldProps {
  readonly ctx: CommandContext
  readonly element: Element
  readonly field: 'name' | 'code' | 'description'
  readonly label: string
  readonly required?: boolean
  readonly multiline?: boolean
  readonly placeholder?: string
}

/** A text field shared by all states (name, code, description), written with updateElement. */
export function ElementTextField({ ctx, element, field, label, required, multiline, placeholder }: ElementTextFieldProps) {
  const id = useId()
  const { error, run, setError } = useCommandError()
  const value = element[field] ?? ''
  return (
    <FieldRow id={id} label={label} required={required} missing={required && value.trim() === ''} error={error}>
      {(a11y) => (
        <DraftInput
          id={id}
          {...a11y}
          value={value}
          multiline={multiline}
          placeholder={placeholder}
          // An empty code or description is removed; an empty name is refused by the command.
          onCommit={(typed) => run(() => updateElement(ctx, element.id, { [field]: typed.trim() }))}
          onDiscard={() => setError(undefined)}
        />
      )}
    </FieldRow>
  )
}

import { useCallback, useState } from 'react'
import type { CommandResult } from '../../model/commands/commandContext.ts'
import type { Message } from '../../model/message.ts'

/**
 * Runs a model command for one field and keeps its refusal, so the bilingual error can be shown
 * next to that field (and re-localised when the language changes). Returns whether it applied.
 */
export function useCommandError(): {
  readonly error: Message | undefined
  readonly run: (command: () => CommandResult<unknown>) => boolean
  readonly setError: (error: Message | undefined) => void
} {
  const [error, setError] = useState<Message | undefined>(undefined)
  const run = useCallback((command: () => CommandResult<unknown>): boolean => {
    const result = command()
    setError(result.ok ? undefined : result.error)
    return result.ok
  }, [])
  return { error, run, setError }
}

import type * as Y from 'yjs'
import type { StoreApi } from 'zustand/vanilla'
import { msg, type Message } from '../../model/message.ts'
import type { CommandContext, CommandResult } from '../../model/commands/commandContext.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { translate, type MessageKey, type MessageParams } from '../i18n/translate.ts'
import { notify, type EditorStore } from './editorStore.ts'

/**
 * What every editor action needs: the document and its projection, the editor's UI store, the
 * command context carrying the local user's origin, and that user's undo manager (created after
 * mount, hence a mutable slot).
 */
export interface EditorEnv {
  readonly doc: Y.Doc
  readonly store: StoreApi<ProjectionState>
  readonly ui: EditorStore
  readonly ctx: CommandContext
  readonly history: { current?: Y.UndoManager; lastBurst?: string | undefined }
  /** A viewer's editor: every action is refused before it writes (see project/readOnly.ts). */
  readonly readOnly?: boolean
}

export interface PerformOptions {
  /**
   * A burst this step belongs to (e.g. "nudge"): it merges into the previous step when that was
   * of the same burst and recent (the undo manager's capture timeout), so a run of arrow-key
   * nudges undoes at once. Without it, every action is its own undo step.
   */
  readonly burst?: string
}

/**
 * Runs one user action as one transaction with the user's origin: however many commands it
 * calls, it is one undo step. A refused command is shown as a notice and its result returned.
 */
export function perform<T>(env: EditorEnv, body: () => CommandResult<T>, options: PerformOptions = {}): CommandResult<T> {
  if (env.readOnly) {
    // One gate for drops, connections, moves, deletes, pastes and layout: a viewer's editor writes nothing.
    const error = uiMessage('collab.readOnly.refused')
    notify(env.ui, 'error', error)
    return { ok: false, error }
  }
  if (!options.burst || env.history.lastBurst !== options.burst) env.history.current?.stopCapturing()
  env.history.lastBurst = options.burst
  let result: CommandResult<T> | undefined
  env.doc.transact(() => {
    result = body()
  }, env.ctx.origin)
  if (!result!.ok) notify(env.ui, 'error', result!.error)
  return result!
}

/** An editor text in both languages, for notices that must follow a later language switch. */
export function uiMessage(key: MessageKey, params?: MessageParams): Message {
  return msg(translate('id', key, params), translate('en', key, params))
}

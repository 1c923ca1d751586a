import { deleteRelations } from '../../../model/commands/relationCommands.ts'
import { deleteElements } from '../../../model/commands/elementCommands.ts'
import { removeFromView } from '../../../model/commands/viewCommands.ts'
import { perform, uiMessage, type EditorEnv } from '../editorEnv.ts'
import { closeDialog, EMPTY_SELECTION, notify, openDialog } from '../editorStore.ts'

/**
 * The Delete key: selected nodes open the choice between this view and the model (the dialog
 * says which happens); selected edges alone are relations, deleted from the model at once.
 */
export function requestDelete(env: EditorEnv): void {
  const { selection } = env.ui.getState()
  // A viewer is told at once, instead of being offered a choice that would be refused.
  if (env.readOnly) {
    if (selection.nodes.size > 0 || selection.edges.size > 0) notify(env.ui, 'error', uiMessage('collab.readOnly.refused'))
    return
  }
  if (selection.nodes.size > 0) openDialog(env.ui, { type: 'delete', elementIds: [...selection.nodes] })
  else if (selection.edges.size > 0) deleteSelectedRelations(env)
}

/** Takes elements off the current view only; they stay in the model and in other views. */
export function removeFromCurrentView(env: EditorEnv, elementIds: readonly string[]): void {
  const { viewId } = env.ui.getState()
  closeDialog(env.ui)
  if (!viewId) return
  const result = perform(env, () => removeFromView(env.ctx, viewId, elementIds))
  if (result.ok) {
    env.ui.setState({ selection: EMPTY_SELECTION })
    notify(env.ui, 'info', uiMessage('editor.notice.removedFromView', { count: elementIds.length }))
  }
}

/** Deletes elements from the model, with their relations and their places in every view. */
export function deleteFromModel(env: EditorEnv, elementIds: readonly string[]): void {
  closeDialog(env.ui)
  const result = perform(env, () => deleteElements(env.ctx, elementIds))
  if (result.ok) {
    env.ui.setState({ selection: EMPTY_SELECTION })
    notify(env.ui, 'info', uiMessage('editor.notice.deletedFromModel', { count: elementIds.length }))
  }
}

export function deleteSelectedRelations(env: EditorEnv): void {
  const ids = [...env.ui.getState().selection.edges]
  if (ids.length === 0) return
  const result = perform(env, () => deleteRelations(env.ctx, ids))
  if (result.ok) {
    env.ui.setState({ selection: EMPTY_SELECTION })
    notify(env.ui, 'info', uiMessage('editor.notice.relationsDeleted', { count: ids.length }))
  }
}

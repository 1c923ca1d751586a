import { createRelation } from '../../../model/commands/relationCommands.ts'
import { perform, type EditorEnv } from '../editorEnv.ts'
import { closeDialog, setSelection } from '../editorStore.ts'

/** Creates a relation of `kindId` from `source` to `target` and selects it; a refusal is shown as a notice. */
export function connectElements(env: EditorEnv, source: string, target: string, kindId: string): boolean {
  closeDialog(env.ui)
  const result = perform(env, () => createRelation(env.ctx, { kind: kindId, source, target }))
  if (result.ok) setSelection(env.ui, { nodes: new Set(), edges: new Set([result.value]) })
  return result.ok
}

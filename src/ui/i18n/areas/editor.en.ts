import type { editorId } from './editor.id.ts'

/** English texts of the editor screens, typed against the Indonesian keys. */
export const editorEn: Record<keyof typeof editorId, string> = {
  'editor.title': 'Editor',
  'editor.region': 'Diagram editor',

  'editor.views.label': 'Views',
  'editor.views.new': 'New view',
  'editor.views.newTitle': 'Create a new view with the elements you choose',
  'editor.views.nameLabel': 'View name',
  'editor.views.namePlaceholder': 'e.g. Population services',
  'editor.views.create': 'Create',
  'editor.views.cancel': 'Cancel',
  'editor.views.layered': 'cross-domain',
  'editor.views.custom': 'free view',
  'editor.domainViewName': '{domain} domain',

  'editor.state.label': 'State',
  'editor.state.withYear': '{name} ({year})',

  'editor.gap.toggle': 'Show differences',
  'editor.gap.toggleHelp': 'Mark the elements and relations added, changed or removed between two states',
  'editor.gap.from': 'from',
  'editor.gap.to': 'to',
  'editor.gap.legend': 'Differences {from} → {to}',
  'editor.gap.added': 'Added',
  'editor.gap.changed': 'Changed',
  'editor.gap.removed': 'Removed / retired',
  'editor.gap.sameState': 'Choose two different states to compare.',

  'editor.history.undo': 'Undo',
  'editor.history.redo': 'Redo',
  'editor.history.undoTitle': 'Undo your last change (Ctrl+Z)',
  'editor.history.redoTitle': 'Redo the change you undid (Ctrl+Shift+Z)',

  'editor.actions.autoLayout': 'Auto layout',
  'editor.actions.autoLayoutTitle': 'Rearrange the whole view automatically (can be undone)',
  'editor.actions.layingOut': 'Arranging…',
  'editor.actions.fit': 'Fit to screen',
  'editor.actions.fitTitle': 'Zoom so that the whole view is visible',

  'editor.palette.title': 'Element palette',
  'editor.palette.hint': 'Drag an element kind onto the canvas, or click it to add one in the middle of the view.',
  'editor.palette.noView': 'Create or choose a view first.',
  'editor.palette.add': 'Add {kind}',
  'editor.newElementName': 'New {kind}',

  'editor.canvas.label': 'Canvas of the view {view}',
  'editor.canvas.minimap': 'Overview map of the view',
  'editor.canvas.emptyTitle': 'This view is still empty',
  'editor.canvas.emptyBody': 'Drag an element kind from the palette on the left onto the canvas, or click a kind to add it in the middle.',
  'editor.canvas.showDomain': 'Show the {count} existing {domain} elements',
  'editor.canvas.noneInState': 'None of this view\'s elements are in {state}. Choose another state, or add elements from the palette.',

  'editor.noViews.title': 'This project has no views yet',
  'editor.noViews.body': 'Create one view per domain: every element is placed and laid out automatically, and you can rearrange it afterwards. You can also create a free view with the “New view” button.',
  'editor.noViews.create': 'Create a view per domain',
  'editor.noViews.creating': 'Creating views…',

  'editor.status.baru': 'new',
  'editor.status.pengembangan': 'development',
  'editor.status.dihentikan': 'retired',

  'editor.connect.title': 'Connect {source} with {target}',
  'editor.connect.choose': 'Choose the kind of relation:',
  'editor.connect.reverse': 'The other way round:',
  'editor.connect.sentence': '{source} {verb} {target}',
  'editor.connect.refused': 'The relation cannot be created',
  'editor.connect.cancel': 'Cancel',

  'editor.delete.title': 'Delete {count} elements?',
  'editor.delete.titleOne': 'Delete “{name}”?',
  'editor.delete.fromView': 'Remove from this view only',
  'editor.delete.fromViewHelp': 'The element stays in the model and in other views.',
  'editor.delete.fromModel': 'Delete from the model',
  'editor.delete.fromModelHelp': 'The element is deleted from the whole project, in every state.',
  'editor.delete.relations': 'Also deleted: {count} relations.',
  'editor.delete.noRelations': 'No relations are deleted with it.',
  'editor.delete.otherViews': 'Also disappears from {count} other views: {views}.',
  'editor.delete.noOtherViews': 'Not in any other view.',
  'editor.delete.cancel': 'Cancel',

  'editor.notice.removedFromView': '{count} elements removed from this view; they stay in the model. Ctrl+Z to undo.',
  'editor.notice.deletedFromModel': '{count} elements deleted from the model. Ctrl+Z to undo.',
  'editor.notice.relationsDeleted': '{count} relations deleted from the model. Ctrl+Z to undo.',
  'editor.notice.close': 'Close message',

  'editor.summary.name': 'Name',
  'editor.summary.kind': 'Kind',
  'editor.summary.code': 'Code',
  'editor.summary.states': 'Present in',

  'editor.panel.title': 'Properties',
  'editor.panel.empty': 'Select one element on the canvas to see and edit its properties.',
  'editor.panel.many': '{count} elements selected. Select one element to see its properties.',
}

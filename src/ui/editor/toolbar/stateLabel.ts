import { AS_IS_STATE, TARGET_STATE, type State } from '../../../model/project.ts'
import { translate, type Translate } from '../../i18n/translate.ts'

/**
 * How a state is named on screen: the default names of the as-is, target and year states follow
 * the UI language; a name the user gave is shown as given. A year is added when the state has one.
 */
export function stateLabel(state: State, t: Translate): string {
  let name = state.name
  if (state.role === 'asis' && state.name === AS_IS_STATE.name) name = t('state.asis')
  if (state.role === 'target' && state.name === TARGET_STATE.name) name = t('state.target')
  if (state.role === 'intermediate' && state.year !== undefined && state.name === translate('id', 'editor.states.defaultName', { year: String(state.year) })) {
    name = t('editor.states.defaultName', { year: String(state.year) })
  }
  return state.year !== undefined && !name.includes(String(state.year)) ? t('editor.state.withYear', { name, year: String(state.year) }) : name
}

import type { CommandContext, CommandResult } from '../../model/commands/commandContext.ts'
import { addToState, changeInTarget, copyToTarget, retireElements } from '../../model/commands/stateCommands.ts'
import type { Element, State } from '../../model/project.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { statusIn } from './elementInState.ts'
import { useCommandError } from './useCommandError.ts'

export interface StateSectionProps {
  readonly ctx: CommandContext
  readonly element: Element
  readonly state: State
  readonly asis: State | undefined
  readonly target: State | undefined
}

interface Action {
  readonly key: string
  readonly label: string
  readonly tone?: 'danger'
  readonly command: () => CommandResult<unknown>
}

/**
 * Records an element in the as-is after the fact (it exists today after all). It is one
 * transaction with the target status fix, so a single undo takes both back: an element in both
 * states is no longer "baru" in the target.
 */
function addToAsIs(ctx: CommandContext, element: Element, asis: State, target: State | undefined): CommandResult<unknown> {
  let result: CommandResult<unknown> = { ok: true, value: undefined }
  ctx.doc.transact(() => {
    result = addToState(ctx, [element.id], asis.id)
    if (result.ok && target && element.states[target.id]?.status === 'baru') result = addToState(ctx, [element.id], target.id, 'tetap')
  }, ctx.origin)
  return result
}

/** Where the element stands in the shown state, and the state commands that fit it there. */
export function StateSection({ ctx, element, state, asis, target }: StateSectionProps) {
  const t = useT()
  const locale = useLocale()
  const { error, run } = useCommandError()
  const member = element.states[state.id] !== undefined
  const inAsIs = asis !== undefined && element.states[asis.id] !== undefined
  const inTarget = target !== undefined && element.states[target.id] !== undefined
  const status = statusIn(element, state, asis)

  const actions: Action[] = []
  let summary: string
  let detail: string | undefined
  if (!member) {
    summary = t('properties.state.notMember', { state: state.name })
    if (state.role === 'target') {
      actions.push({ key: 'copy', label: t('properties.action.copyToTarget'), command: () => copyToTarget(ctx, [element.id]) })
    } else if (state.role === 'asis') {
      actions.push({ key: 'asis', label: t('properties.action.addToAsIs', { state: state.name }), command: () => addToAsIs(ctx, element, state, target) })
    } else {
      actions.push({ key: 'add', label: t('properties.action.addToState', { state: state.name }), command: () => addToState(ctx, [element.id], state.id) })
    }
  } else if (state.role === 'asis') {
    summary = t('properties.state.inAsIs')
    if (target) {
      const later = statusIn(element, target, asis)
      detail = inTarget && later ? t('properties.state.targetStatus', { state: target.name, status: t(`properties.status.${later}`) }) : t('properties.state.notInTarget', { state: target.name })
      if (!inTarget) actions.push({ key: 'copy', label: t('properties.action.copyToTarget'), command: () => copyToTarget(ctx, [element.id]) })
    }
  } else {
    summary = t('properties.state.statusIn', { state: state.name })
    if (status === 'baru' && asis && !inAsIs) detail = t('properties.state.newInTarget', { state: asis.name })
    if (state.role === 'target' && inAsIs) {
      if (status !== 'pengembangan') {
        actions.push({ key: 'develop', label: t('properties.action.develop'), command: () => changeInTarget(ctx, element.id, {}) })
      }
      actions.push({ key: 'retire', label: t('properties.action.retire'), tone: 'danger', command: () => retireElements(ctx, [element.id]) })
    }
  }

  return (
    <div className="props-state" data-member={member} data-role={state.role}>
      <p className="props-state__summary">
        <span>{summary}</span>
        {member && status && (
          <span className="props-status" data-status={status}>
            {t(`properties.status.${status}`)}
          </span>
        )}
      </p>
      {detail && <p className="props-state__detail">{detail}</p>}
      {!member && <p className="props-state__detail">{t('properties.state.notMemberAttrs', { state: state.name })}</p>}
      {actions.length > 0 && (
        <div className="props-state__actions">
          {actions.map((a) => (
            <button key={a.key} type="button" className="prop-button" data-tone={a.tone} data-action={a.key} onClick={() => run(a.command)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="prop-field__error" role="alert">
          {localized(error, locale)}
        </p>
      )}
    </div>
  )
}

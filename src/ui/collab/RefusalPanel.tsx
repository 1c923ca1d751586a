import type { Refusal } from '../../sync/connectionState.ts'
import { forgetTokens, readToken, tokenFor } from '../../sync/serverSession.ts'
import { useT } from '../i18n/locale.ts'
import { routeHref } from '../shell/hashRoute.ts'

/**
 * The server closed the connection for good (44xx): what happened and what to do. Edits stay in
 * this browser's copy; nothing more is sent until the person signs in again or gets a new invite.
 */
export function RefusalPanel({ refusal, projectId }: { readonly refusal: Refusal; readonly projectId: string }) {
  const t = useT()
  const token = tokenFor(projectId)
  const invited = token ? readToken(token)?.project === projectId : false
  // A revoked invite or an expired project token is useless: forgetting it lets a new invite or the session take over.
  const forget = (): void => forgetTokens(invited ? projectId : undefined)
  return (
    <div className="container">
      <section className="panel error-panel collab-refusal" role="alert" data-refusal={refusal}>
        <h2 className="error-panel__title">{t(`collab.refusal.${refusal}.title`)}</h2>
        <p className="error-panel__summary">{t(`collab.refusal.${refusal}.body`)}</p>
        <p className="muted">{t('collab.refusal.keptLocally')}</p>
        <div className="collab-refusal__actions">
          <a className="button" href={routeHref({ page: 'projects' })}>{t('projects.open.backToList')}</a>
          {(refusal === 'unauthorized' || refusal === 'forbidden') && (
            <button type="button" className="button button--ghost" onClick={forget}>{t('collab.refusal.forget')}</button>
          )}
        </div>
      </section>
    </div>
  )
}

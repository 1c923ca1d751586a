import { useEffect, useId, useState, type FormEvent } from 'react'
import type { Message } from '../../model/message.ts'
import { exchangeInvite } from '../../sync/serverApi.ts'
import { ServerError, storeToken } from '../../sync/serverSession.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { navigate, routeHref } from '../shell/hashRoute.ts'
import './collab.css'

const NAME_KEY = 'cetakbiru.displayName'

function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? ''
  } catch {
    return ''
  }
}

/**
 * An invite link (`#undangan=<code>`): asks the name the others will see, exchanges the code for
 * a token to the project (one use of the invite), then opens the project.
 */
export function InvitePage({ code }: { readonly code: string }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [name, setName] = useState(rememberedName)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Message>()
  const [missing, setMissing] = useState(false)

  useEffect(() => {
    document.title = t('collab.invite.documentTitle')
  }, [t])

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) {
      setMissing(true)
      return
    }
    setBusy(true)
    setError(undefined)
    exchangeInvite(code, trimmed).then(
      (result) => {
        try {
          localStorage.setItem(NAME_KEY, trimmed)
        } catch {
          // The name is only a convenience for the next invite.
        }
        storeToken(result.token)
        navigate({ page: 'server', id: result.projectId }, { replace: true })
      },
      (e: unknown) => {
        setBusy(false)
        if (e instanceof ServerError) setError(e.detail)
        else {
          console.error(e)
          setError({ id: t('projects.notice.unexpected'), en: t('projects.notice.unexpected') })
        }
      },
    )
  }

  return (
    <div className="container">
      <section className="panel collab-invite" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} className="collab-invite__title">{t('collab.invite.title')}</h1>
        <p>{t('collab.invite.body')}</p>
        <form onSubmit={submit} className="collab-invite__form" noValidate>
          <label htmlFor={`${id}-name`} className="field__label">{t('collab.invite.name')}</label>
          <input
            id={`${id}-name`}
            className="field__input"
            value={name}
            maxLength={100}
            autoComplete="name"
            autoFocus
            aria-invalid={missing && !name.trim()}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p id={`${id}-hint`} className="field__hint">{missing && !name.trim() ? t('projects.form.required') : t('collab.invite.nameHint')}</p>
          {error && <p className="collab-error" role="alert">{localized(error, locale)}</p>}
          <div className="collab-invite__actions">
            <button type="submit" className="button" disabled={busy}>{busy ? t('collab.invite.joining') : t('collab.invite.join')}</button>
            <a className="button button--ghost" href={routeHref({ page: 'projects' })}>{t('projects.open.backToList')}</a>
          </div>
        </form>
      </section>
    </div>
  )
}

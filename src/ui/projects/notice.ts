import { LocalProjectError } from '../../sync/localProjects.ts'
import { ServerError } from '../../sync/serverSession.ts'
import { localized, type Locale, type Translate } from '../i18n/translate.ts'
import { ExampleFetchError } from './exampleProject.ts'

/** A short message after an action; rendered in the language shown when it is read. */
export interface Notice {
  readonly tone: 'success' | 'error'
  readonly text: (t: Translate, locale: Locale) => string
}

export function successNotice(text: Notice['text']): Notice {
  return { tone: 'success', text }
}

/**
 * What a person should read when an action fails: the store's own bilingual message, or a plain
 * "unexpected fault" (the details go to the console for whoever investigates, not on screen).
 */
export function errorNotice(e: unknown): Notice {
  if (e instanceof LocalProjectError || e instanceof ServerError) return { tone: 'error', text: (_t, locale) => localized(e.detail, locale) }
  if (e instanceof ExampleFetchError) return { tone: 'error', text: (t) => t('projects.notice.exampleFailed', { detail: e.detail }) }
  console.error(e)
  return { tone: 'error', text: (t) => t('projects.notice.unexpected') }
}

import { useState, type ChangeEvent, type FormEvent } from 'react'
import { indicatorsOf, textIn, type EvaluationFramework } from '../../analysis/index/framework.ts'
import { parseFrameworkText } from '../../analysis/index/loadFramework.ts'
import type { ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import { putFramework, removeFramework } from '../../model/commands/indexCommands.ts'
import type { LoadError } from '../../model/file/loadError.ts'
import { FRAMEWORK_ID_PATTERN } from '../../model/file/projectSchema.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { downloadJson } from './downloadJson.ts'
import { FrameworkDetails } from './FrameworkDetails.tsx'
import { FrameworkEditor } from './FrameworkEditor.tsx'
import { draftOf, type DraftFramework } from './frameworkDraft.ts'
import type { RunIndexCommand } from './useIndexPageEditing.ts'
import './frameworks.css'

export interface FrameworkPanelProps {
  readonly report: ProjectIndexReport
  readonly run: RunIndexCommand
}

const FRAMEWORK_ID = new RegExp(FRAMEWORK_ID_PATTERN)
const CONFIDENCE_KEY = { P: 'index.confidence.P', S: 'index.confidence.S', R: 'index.confidence.R', U: 'index.confidence.U' } as const

type Editing = { readonly draft: DraftFramework; readonly isNew: boolean }

/**
 * The evaluation frameworks: the shipped ones and the project's own, each with where it comes
 * from and how sure Cetakbiru is of it. A framework file is loaded here (the ministry changes
 * them), any framework can be copied and edited, downloaded, and the project's own removed.
 */
export function FrameworkPanel({ report, run }: FrameworkPanelProps) {
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const [open, setOpen] = useState<string>()
  const [copying, setCopying] = useState<{ readonly from: string; readonly id: string }>()
  const [editing, setEditing] = useState<Editing>()
  const [loadErrors, setLoadErrors] = useState<{ readonly file: string; readonly errors: readonly LoadError[] }>()
  const [notice, setNotice] = useState<string>()
  const [error, setError] = useState<string>()
  const entries = report.frameworks.entries
  const ids = entries.map((e) => e.id)

  const onFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = e.target
    const file = input.files?.[0]
    if (!file) return
    const text = await file.text()
    input.value = ''
    setNotice(undefined)
    setError(undefined)
    const parsed = parseFrameworkText(text)
    if (!parsed.ok) {
      setLoadErrors({ file: file.name, errors: parsed.errors })
      return
    }
    setLoadErrors(undefined)
    const replaced = entries.some((x) => x.id === parsed.framework.id && !x.shipped)
    const r = run((ctx) => putFramework(ctx, parsed.framework as unknown as Readonly<Record<string, unknown>>))
    if (!r.ok) setError(localized(r.error, locale))
    else setNotice(t(replaced ? 'index.load.replaced' : 'index.load.done', { name: textIn(parsed.framework.name, locale), id: parsed.framework.id }))
  }

  const startCopy = (e: FormEvent): void => {
    e.preventDefault()
    if (!copying) return
    const source = report.frameworks.get(copying.from)
    if (!source) return
    const draft = draftOf(source)
    draft.id = copying.id.trim()
    draft.name = { id: `${source.name.id} (${t('index.copy.suffix')})`, ...(source.name.en ? { en: `${source.name.en} (copy)` } : {}) }
    setCopying(undefined)
    setEditing({ draft, isNew: true })
  }
  const copyIdProblem = copying === undefined ? undefined
    : !FRAMEWORK_ID.test(copying.id.trim()) ? t('index.copy.badId')
      : ids.includes(copying.id.trim()) ? t('index.copy.taken', { id: copying.id.trim() }) : undefined

  const remove = (id: string): void => {
    const r = run((ctx) => removeFramework(ctx, id))
    setNotice(r.ok ? t('index.framework.removed', { id }) : undefined)
    setError(r.ok ? undefined : localized(r.error, locale))
  }

  if (editing) {
    return (
      <FrameworkEditor
        initial={editing.draft}
        takenIds={editing.isNew ? ids : []}
        run={run}
        onSaved={(id) => { setEditing(undefined); setOpen(id); setNotice(t('index.editor.saved', { id })) }}
        onCancel={() => setEditing(undefined)}
      />
    )
  }

  return (
    <div className="index-frameworks">
      <section className="panel index-frameworks__load">
        <h3>{t('index.load.title')}</h3>
        <p className="muted">{t('index.load.help')}</p>
        <label className="button button--small button--secondary index-file">
          {t('index.load.choose')}
          <input type="file" accept=".json,application/json" className="visually-hidden" disabled={readOnly} onChange={(e) => void onFile(e)} />
        </label>
        {loadErrors && (
          <div className="index-errors" role="alert">
            <p><strong>{t('index.load.failed', { file: loadErrors.file, count: loadErrors.errors.length })}</strong></p>
            <ul>{loadErrors.errors.map((e, i) => <li key={i}><code>{e.path}</code> {localized(e.message, locale)}</li>)}</ul>
          </div>
        )}
        {notice && <p className="index-ok" role="status">{notice}</p>}
        {error && <p className="field__error" role="alert">{error}</p>}
      </section>

      <ul className="index-framework-list">
        {entries.map(({ id, framework, shipped }) => (
          <li key={id} className="panel index-framework" data-framework={id}>
            <FrameworkHeader framework={framework} shipped={shipped} />
            <div className="index-actions">
              <button type="button" className="button button--small button--secondary" aria-expanded={open === id} onClick={() => setOpen(open === id ? undefined : id)}>
                {open === id ? t('index.framework.hide') : t('index.framework.show')}
              </button>
              <button type="button" className="button button--small button--ghost" disabled={readOnly} onClick={() => setCopying({ from: id, id: `${id}-salinan` })}>{t('index.framework.copy')}</button>
              <button type="button" className="button button--small button--ghost" onClick={() => downloadJson(framework, `${id}.json`)}>{t('index.framework.download')}</button>
              {!shipped && <button type="button" className="button button--small button--ghost" disabled={readOnly} onClick={() => setEditing({ draft: draftOf(framework), isNew: false })}>{t('index.framework.edit')}</button>}
              {!shipped && <button type="button" className="button button--small button--ghost button--danger-text" disabled={readOnly} onClick={() => remove(id)}>{t('index.framework.remove')}</button>}
            </div>
            {copying?.from === id && (
              <form className="index-copy" onSubmit={startCopy}>
                <label className="field">
                  <span className="field__label">{t('index.copy.id')}</span>
                  <input className="field__input" value={copying.id} aria-invalid={copyIdProblem ? true : undefined} onChange={(e) => setCopying({ from: id, id: e.target.value })} autoFocus />
                  <span className={copyIdProblem ? 'field__error' : 'field__hint'}>{copyIdProblem ?? t('index.copy.idHint')}</span>
                </label>
                <div className="index-actions">
                  <button type="submit" className="button button--small" disabled={copyIdProblem !== undefined}>{t('index.copy.start')}</button>
                  <button type="button" className="button button--small button--ghost" onClick={() => setCopying(undefined)}>{t('index.cancel')}</button>
                </div>
              </form>
            )}
            {open === id && <FrameworkDetails framework={framework} />}
          </li>
        ))}
        {report.frameworks.problems.map((p) => (
          <li key={`problem-${p.position}`} className="panel index-framework index-framework--bad" data-framework={p.id}>
            <h4>{t('index.framework.invalid', { id: p.id })}</h4>
            <ul className="index-errors">{p.errors.map((e, i) => <li key={i}><code>{e.path}</code> {localized(e.message, locale)}</li>)}</ul>
            <button type="button" className="button button--small button--ghost button--danger-text" disabled={readOnly} onClick={() => remove(p.id)}>{t('index.framework.remove')}</button>
          </li>
        ))}
      </ul>
    </div>
  )
}

function FrameworkHeader({ framework, shipped }: { readonly framework: EvaluationFramework; readonly shipped: boolean }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="index-framework__head">
      <h4>{textIn(framework.name, locale)} <code className="index-framework__id">{framework.id}</code></h4>
      <p className="index-framework__tags">
        <span className="index-tag">{t(shipped ? 'index.framework.shipped' : 'index.framework.own')}</span>
        <span className="index-tag" title={t(CONFIDENCE_KEY[framework.confidence])}>{t('index.framework.confidence', { tag: framework.confidence })}</span>
        {framework.verified
          ? <span className="index-tag index-tag--ok">{t('index.framework.verified')}</span>
          : <span className="index-tag index-tag--warn">{t('index.framework.unverified')}</span>}
        <span className="muted">{t('index.framework.counts', { aspects: framework.aspects.length, indicators: indicatorsOf(framework).length, levels: framework.levels.length })}</span>
      </p>
      <p className="muted index-framework__confidence">{t(CONFIDENCE_KEY[framework.confidence])}</p>
      {!framework.verified && (
        <p className="index-warning">{framework.verificationNote ? textIn(framework.verificationNote, locale) : t('index.framework.unverifiedNote')}</p>
      )}
    </div>
  )
}

import { useMemo, useState, type FormEvent } from 'react'
import { domainById } from '../../model/metamodel/domains.ts'
import { elementKind } from '../../model/metamodel/metamodel.ts'
import type { Element, Evidence } from '../../model/project.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useReadOnly } from '../project/readOnly.ts'

export interface EvidenceEditorProps {
  readonly id: string
  readonly evidence: readonly Evidence[]
  readonly elements: ReadonlyMap<string, Element>
  /** Replaces the list; returns whether the model took it (a refusal is shown by the caller). */
  readonly onChange: (next: readonly Evidence[]) => boolean
}

type Kind = Evidence['kind']
const KIND_KEY = { url: 'index.evidence.kind.url', document: 'index.evidence.kind.document', element: 'index.evidence.kind.element' } as const
const MAX_MATCHES = 8

/** Bukti dukung of one indicator: links, document names and elements of the model, added and removed here. */
export function EvidenceEditor({ id, evidence, elements, onChange }: EvidenceEditorProps) {
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const [kind, setKind] = useState<Kind>('url')
  const [text, setText] = useState('')

  const elementLabel = (elementId: string): { name: string; domain?: string } => {
    const e = elements.get(elementId)
    if (!e) return { name: t('index.evidence.elementGone') }
    const k = elementKind(e.kind)
    return { name: e.name, ...(k ? { domain: localized(domainById(k.domain).label, locale) } : {}) }
  }
  const matches = useMemo(() => {
    const q = text.trim().toLowerCase()
    if (kind !== 'element' || q === '') return []
    const taken = new Set(evidence.filter((e) => e.kind === 'element').map((e) => e.value))
    const out: Element[] = []
    for (const e of elements.values()) {
      if (taken.has(e.id) || !(e.name.toLowerCase().includes(q) || (e.code ?? '').toLowerCase().includes(q))) continue
      out.push(e)
      if (out.length === MAX_MATCHES) break
    }
    return out
  }, [kind, text, elements, evidence])

  const add = (item: Evidence): void => {
    if (onChange([...evidence, item])) setText('')
  }
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (kind === 'element') {
      if (matches[0]) add({ kind: 'element', value: matches[0].id })
      return
    }
    if (text.trim() !== '') add({ kind, value: text })
  }

  return (
    <div className="index-evidence">
      <h5 id={`${id}-title`}>{t('index.evidence.title')}</h5>
      {evidence.length === 0 ? (
        <p className="muted">{t('index.evidence.none')}</p>
      ) : (
        <ul className="index-evidence__list" aria-labelledby={`${id}-title`}>
          {evidence.map((e, i) => {
            const label = e.kind === 'element' ? elementLabel(e.value) : undefined
            const shown = label ? label.name : e.value
            return (
              <li key={`${e.kind}:${e.value}:${i}`} data-kind={e.kind}>
                <span className="index-tag">{t(KIND_KEY[e.kind])}</span>
                {e.kind === 'url' ? (
                  <a href={e.value} target="_blank" rel="noopener noreferrer">{e.value}</a>
                ) : label ? (
                  <span className={elements.has(e.value) ? '' : 'index-evidence__gone'}>
                    {label.name}{label.domain && <span className="muted"> · {label.domain}</span>}
                  </span>
                ) : (
                  <span>{e.value}</span>
                )}
                <button
                  type="button"
                  className="index-evidence__remove"
                  disabled={readOnly}
                  aria-label={t('index.evidence.remove', { name: shown })}
                  title={t('index.evidence.remove', { name: shown })}
                  onClick={() => onChange(evidence.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {!readOnly && (
        <form className="index-evidence__add" onSubmit={submit}>
          <label className="visually-hidden" htmlFor={`${id}-kind`}>{t('index.evidence.kindLabel')}</label>
          <select id={`${id}-kind`} className="index-select" value={kind} onChange={(e) => { setKind(e.target.value as Kind); setText('') }}>
            {(['url', 'document', 'element'] as const).map((k) => <option key={k} value={k}>{t(KIND_KEY[k])}</option>)}
          </select>
          <label className="visually-hidden" htmlFor={`${id}-value`}>{t('index.evidence.valueLabel')}</label>
          <input
            id={`${id}-value`}
            className="field__input index-evidence__input"
            value={text}
            placeholder={t(kind === 'url' ? 'index.evidence.placeholder.url' : kind === 'document' ? 'index.evidence.placeholder.document' : 'index.evidence.placeholder.element')}
            onChange={(e) => setText(e.target.value)}
            role={kind === 'element' ? 'combobox' : undefined}
            aria-expanded={kind === 'element' ? matches.length > 0 : undefined}
            aria-controls={kind === 'element' ? `${id}-matches` : undefined}
          />
          {kind !== 'element' && <button type="submit" className="button button--small button--secondary" disabled={text.trim() === ''}>{t('index.evidence.add')}</button>}
          {kind === 'element' && (
            <ul id={`${id}-matches`} className="index-evidence__matches" role="listbox" aria-label={t('index.evidence.matches')}>
              {text.trim() !== '' && matches.length === 0 && <li className="muted" role="presentation">{t('index.evidence.noMatch')}</li>}
              {matches.map((m) => {
                const label = elementLabel(m.id)
                return (
                  <li key={m.id} role="option" aria-selected={false}>
                    <button type="button" onClick={() => add({ kind: 'element', value: m.id })}>
                      {m.name}{label.domain && <span className="muted"> · {label.domain}</span>}
                    </button>
                  </li>
                )
              })}
            </ul>
          )}
        </form>
      )}
    </div>
  )
}

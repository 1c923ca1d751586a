import { useLocale, useT } from '../i18n/locale.ts'
import type { Translate } from '../i18n/translate.ts'
import type { IoIssue } from './ioProtocol.ts'
import './io.css'

/** Rows shown at most; a file with thousands of bad cells says how many more there are. */
const SHOWN = 200

/**
 * What an importer found, each with its place as the user finds it: the file, the line and
 * column (spreadsheets, CSV) or the XML path (exchange files). The message in the UI language
 * first, the other language below it, so a bilingual team reads the same table.
 */
export function IssueTable({ issues, showFile = true }: { readonly issues: readonly IoIssue[]; readonly showFile?: boolean }) {
  const t = useT()
  const locale = useLocale()
  const other = locale === 'id' ? 'en' : 'id'
  return (
    <div className="table-scroll io-issues">
      <table className="data-table error-table">
        <thead>
          <tr>
            {showFile && <th scope="col">{t('io.issues.file')}</th>}
            <th scope="col">{t('io.issues.place')}</th>
            <th scope="col">{t('io.issues.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN).map((issue, i) => (
            <tr key={i} data-severity={issue.severity}>
              {showFile && <td>{issue.file ?? ''}</td>}
              <td>{issuePlace(issue, t)}</td>
              <td>
                {issue.severity === 'warning' && <strong className="io-issues__warning">{t('io.issues.warning')}: </strong>}
                <span>{issue.message[locale]}</span>
                {issue.message[other] !== issue.message[locale] && <span className="io-issues__other" lang={other}>{issue.message[other]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN && <p className="muted">{t('io.issues.more', { count: issues.length - SHOWN })}</p>}
    </div>
  )
}

function issuePlace(issue: IoIssue, t: Translate) {
  const parts: string[] = []
  if (issue.line !== undefined) parts.push(t('io.issues.line', { line: String(issue.line) }))
  if (issue.column !== undefined) {
    parts.push(issue.columnName ? t('io.issues.columnNamed', { column: String(issue.column), name: issue.columnName }) : t('io.issues.column', { column: String(issue.column) }))
  }
  return (
    <>
      {parts.join(', ')}
      {issue.path && <code className="io-issues__path">{issue.path}</code>}
    </>
  )
}

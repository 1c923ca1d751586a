import type { ImportPreview, LikelyDuplicate } from '../../io/inventory/previewImport.ts'
import { useT } from '../i18n/locale.ts'
import type { Translate } from '../i18n/translate.ts'
import type { IoIssue } from './ioProtocol.ts'
import { IssueTable } from './IssueTable.tsx'

/**
 * Step 3, the dry run: how many rows become new elements, update existing ones or are skipped,
 * every cell that did not convert (row and column), and names that look like ones already there.
 */
export function InventoryPreviewStep({ preview }: { readonly preview: ImportPreview }) {
  const t = useT()
  // Rows skipped for a reason that is no cell's error (no name) are listed with the cell errors.
  const errorLines = new Set(preview.issues.filter((i) => i.severity === 'error').map((i) => i.line))
  const issues: IoIssue[] = [
    ...preview.skipped.filter((s) => !errorLines.has(s.line)).flatMap((s) => s.reasons.map((message) => ({ file: preview.file, line: s.line, severity: 'error' as const, message }))),
    ...preview.issues,
  ].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
  const counts = [
    ['create', preview.creates.length],
    ['update', preview.updates.length],
    ['skip', preview.skipped.length],
    ['opd', preview.newOpd.length],
  ] as const
  return (
    <>
      <dl className="io-counts" aria-label={t('io.inventory.step.preview')}>
        {counts.map(([key, n]) => (
          <div key={key} data-count={key}>
            <dt>{t(`io.inventory.count.${key}`)}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {preview.newOpd.length > 0 && <p>{t('io.inventory.newOpd', { names: preview.newOpd.join(', ') })}</p>}
      <h3>{t('io.inventory.issues', { count: issues.length })}</h3>
      {issues.length > 0 ? <IssueTable issues={issues} showFile={false} /> : <p className="muted">{t('io.inventory.noIssues')}</p>}
      {preview.duplicates.length > 0 && (
        <>
          <h3>{t('io.inventory.duplicates', { count: preview.duplicates.length })}</h3>
          <ul className="io-duplicates">
            {preview.duplicates.map((d, i) => <li key={i}>{duplicateText(d, t)}</li>)}
          </ul>
          <p className="muted">{t('io.inventory.duplicatesHint')}</p>
        </>
      )}
      {preview.creates.length + preview.updates.length === 0 && <p className="io-problems" role="alert">{t('io.inventory.nothingToApply')}</p>}
    </>
  )
}

function duplicateText(d: LikelyDuplicate, t: Translate): string {
  const existing = 'id' in d.existing
    ? t('io.inventory.duplicateExisting', { name: d.existing.name })
    : t('io.inventory.duplicateRow', { name: d.existing.name, line: String(d.existing.line) })
  return t('io.inventory.duplicateOf', { line: String(d.line), name: d.name, existing })
}

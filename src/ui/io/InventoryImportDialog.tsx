import { useEffect, useId, useRef, useState } from 'react'
import { localOrigin } from '../../model/origin.ts'
import { DOMAINS } from '../../model/metamodel/domains.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { projectionToData } from '../../model/projection/projection.ts'
import { applyImport, type AppliedImport } from '../../io/inventory/applyImport.ts'
import { suggestMapping, mappingProblems, type InventoryMapping } from '../../io/inventory/inventoryMapping.ts'
import type { InventoryTable } from '../../io/inventory/inventoryTable.ts'
import type { ImportPreview } from '../../io/inventory/previewImport.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { FailureDialog } from './FailureDialog.tsx'
import { InventoryMappingStep } from './InventoryMappingStep.tsx'
import { InventoryPreviewStep } from './InventoryPreviewStep.tsx'
import { ProgressDialog } from './ProgressDialog.tsx'
import { useIoJob } from './useIoJob.ts'
import './io.css'

type Step =
  | { readonly name: 'file' }
  | { readonly name: 'mapping'; readonly table: InventoryTable; readonly mapping: InventoryMapping }
  | { readonly name: 'preview'; readonly table: InventoryTable; readonly mapping: InventoryMapping; readonly preview: ImportPreview }
  | { readonly name: 'done'; readonly applied: AppliedImport; readonly domain: DomainId }

const STEPS = ['file', 'mapping', 'preview', 'done'] as const

/**
 * An inventory spreadsheet into the opened project, in steps: the file and its domain, the
 * column mapping, a dry-run preview, then the apply as one transaction of this user (one undo
 * step). Reading the workbook and the preview run in the io worker; the apply runs here, on the
 * document, as model commands.
 */
export function InventoryImportDialog({ doc, store, userId, onClose }: SectionProps & { readonly onClose: () => void }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const job = useIoJob()
  const [step, setStep] = useState<Step>({ name: 'file' })
  const [domain, setDomain] = useState<DomainId>('aplikasi')
  const [file, setFile] = useState<File>()
  const [applyError, setApplyError] = useState<string>()

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal?.()
    return () => d?.close?.()
  }, [])

  const read = async (): Promise<void> => {
    if (!file) return
    const bytes = new Uint8Array(await file.arrayBuffer())
    const value = await job.run(
      { running: t('io.inventory.reading', { file: file.name }), failed: t('io.inventory.readFailed', { file: file.name }) },
      { type: 'read-inventory', file: { name: file.name, bytes } },
      [bytes.buffer],
    )
    if (value?.type !== 'inventory-table') return
    job.reset()
    setStep({ name: 'mapping', table: value.table, mapping: suggestMapping(value.table.header, domain) })
  }

  const preview = async (table: InventoryTable, mapping: InventoryMapping): Promise<void> => {
    const value = await job.run(
      { running: t('io.inventory.previewing'), failed: t('io.inventory.previewFailed') },
      { type: 'preview-inventory', table, mapping, data: projectionToData(store.getState()) },
    )
    if (value?.type !== 'inventory-preview') return
    job.reset()
    setStep({ name: 'preview', table, mapping, preview: value.preview })
  }

  const apply = (p: ImportPreview): void => {
    // The preview was made from the project as it was; applyImport checks again on a copy first.
    const result = applyImport({ doc, origin: localOrigin(userId) }, p)
    if (!result.ok) {
      setApplyError(t('io.inventory.applyFailed', { detail: result.error[locale] }))
      return
    }
    setApplyError(undefined)
    setStep({ name: 'done', applied: result.value, domain: p.domain })
  }

  const current = STEPS.indexOf(step.name)
  const domainLabel = (d: DomainId): string => DOMAINS.find((x) => x.id === d)!.label[locale]

  return (
    <dialog
      ref={dialog}
      className="dialog io-inventory"
      aria-labelledby={`${id}-title`}
      data-testid="inventory-import"
      onCancel={(e) => {
        e.preventDefault()
        if (job.state.status === 'idle') onClose()
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">{t('io.inventory.title')}</h2>
      <ol className="io-steps" aria-label={t('io.inventory.steps')}>
        {STEPS.map((s, i) => <li key={s} aria-current={i === current ? 'step' : undefined}>{t(`io.inventory.step.${s}`)}</li>)}
      </ol>

      {step.name === 'file' && (
        <div className="io-form">
          <label>
            {t('io.inventory.file')}
            <input type="file" accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="inventory-file" onChange={(e) => setFile(e.target.files?.[0])} />
          </label>
          <label>
            {t('io.inventory.domain')}
            <select value={domain} onChange={(e) => setDomain(e.target.value as DomainId)}>
              {DOMAINS.map((d) => <option key={d.id} value={d.id}>{d.label[locale]}</option>)}
            </select>
          </label>
          <p className="muted">{t('io.inventory.fileHint')}</p>
        </div>
      )}
      {step.name === 'mapping' && <InventoryMappingStep table={step.table} mapping={step.mapping} onChange={(mapping) => setStep({ ...step, mapping })} />}
      {step.name === 'preview' && <InventoryPreviewStep preview={step.preview} />}
      {step.name === 'done' && (
        <div role="status">
          <p>{t('io.inventory.done', { created: step.applied.created.length, updated: step.applied.updated.length, domain: domainLabel(step.domain) })}</p>
          {step.applied.opdCreated.length > 0 && <p>{t('io.inventory.doneOpd', { names: step.applied.opdCreated.join(', ') })}</p>}
          <p className="muted">{t('io.inventory.undoHint')}</p>
        </div>
      )}
      {applyError && <p className="io-problems" role="alert">{applyError}</p>}

      <div className="dialog__actions">
        {step.name === 'done' ? (
          <button type="button" className="button" onClick={onClose}>{t('io.close')}</button>
        ) : (
          <button type="button" className="button button--secondary" onClick={onClose}>{t('io.inventory.cancel')}</button>
        )}
        {step.name === 'mapping' && <button type="button" className="button button--secondary" onClick={() => setStep({ name: 'file' })}>{t('io.inventory.back')}</button>}
        {step.name === 'preview' && <button type="button" className="button button--secondary" onClick={() => setStep({ name: 'mapping', table: step.table, mapping: step.mapping })}>{t('io.inventory.back')}</button>}
        {step.name === 'file' && <button type="button" className="button" disabled={!file} onClick={() => void read()}>{t('io.inventory.read')}</button>}
        {step.name === 'mapping' && (
          <button type="button" className="button" disabled={mappingProblems(step.mapping).length > 0} onClick={() => void preview(step.table, step.mapping)}>{t('io.inventory.preview')}</button>
        )}
        {step.name === 'preview' && (
          <button type="button" className="button" disabled={step.preview.creates.length + step.preview.updates.length === 0} onClick={() => apply(step.preview)}>{t('io.inventory.apply')}</button>
        )}
      </div>

      {job.state.status === 'running' && <ProgressDialog title={job.state.title} progress={job.state.progress} onCancel={job.cancel} />}
      {job.state.status === 'failed' && <FailureDialog title={job.state.title} issues={job.state.issues} onClose={job.reset} />}
    </dialog>
  )
}

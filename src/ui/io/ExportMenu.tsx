import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import type { StoreApi } from 'zustand/vanilla'
import { saveProjectText } from '../../model/file/projectDocument.ts'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import type { MessageKey } from '../i18n/translate.ts'
import { downloadTextFile, projectFileName } from '../projects/downloadProject.ts'
import { downloadBytes, exportFileName, printHtml } from './exportFile.ts'
import { FailureDialog } from './FailureDialog.tsx'
import type { ExportFormat } from './ioProtocol.ts'
import { ProgressDialog } from './ProgressDialog.tsx'
import { useIoJob } from './useIoJob.ts'
import './io.css'

/** A menu entry: a format the worker writes, the PDF route (HTML printed) or the project file. */
type ExportChoice = Exclude<ExportFormat, 'report-html'> | 'report-pdf' | 'project'

const GROUPS: readonly { readonly label: MessageKey; readonly choices: readonly ExportChoice[] }[] = [
  { label: 'io.menu.group.report', choices: ['report-docx', 'report-xlsx', 'report-pdf'] },
  { label: 'io.menu.group.roadmap', choices: ['roadmap-docx', 'roadmap-xlsx'] },
  { label: 'io.menu.group.exchange', choices: ['archimate', 'archi-csv', 'project'] },
]

/** The part of the file name that says what the file is. */
const FILE_KIND: Record<ExportFormat, MessageKey> = {
  'report-docx': 'io.fileKind.report',
  'report-xlsx': 'io.fileKind.report',
  'report-html': 'io.fileKind.report',
  'roadmap-docx': 'io.fileKind.roadmap',
  'roadmap-xlsx': 'io.fileKind.roadmap',
  archimate: 'io.fileKind.archimate',
  'archi-csv': 'io.fileKind.archi-csv',
}

/**
 * "Ekspor" in the workspace's tab bar: the reports, the Peta Rencana table, the exchange formats
 * and the project file. Each file is written by the io worker behind a progress dialog with
 * Batal; the download is named after the project, the kind of file and today's date.
 */
export function ExportMenu({ doc, store }: { readonly doc: Y.Doc; readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<string>()
  const job = useIoJob()
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)

  const close = useCallback((refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }, [])

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus()
    const onDown = (e: MouseEvent): void => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) close(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [open, close])

  const choose = async (choice: ExportChoice): Promise<void> => {
    close(true)
    setStatus(undefined)
    const name = store.getState().project.name
    if (choice === 'project') {
      const file = projectFileName(name)
      downloadTextFile(file, saveProjectText(doc))
      setStatus(t('io.export.done', { file }))
      return
    }
    const format: ExportFormat = choice === 'report-pdf' ? 'report-html' : choice
    const label = t(`io.export.${choice}`)
    const date = new Date()
    const value = await job.run({ running: t('io.export.title', { format: label }), failed: t('io.export.failed', { format: label }) }, { type: 'export', format, data: projectionToData(store.getState()), date })
    if (!value || value.type !== 'file') return
    job.reset()
    if (choice === 'report-pdf') {
      printHtml(new TextDecoder().decode(value.bytes))
      setStatus(t('io.export.printing'))
      return
    }
    const file = exportFileName(name, t(FILE_KIND[format]), value.extension, date)
    downloadBytes(file, value.bytes, value.mime)
    // Said beside the download, never instead of it: the file is still good without what it names.
    setStatus([t('io.export.done', { file }), ...(value.warnings ?? []).map((w) => w[locale])].join(' '))
  }

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const go = (i: number): void => items[(i + items.length) % items.length]?.focus()
    if (e.key === 'ArrowDown') go(at + 1)
    else if (e.key === 'ArrowUp') go(at - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(items.length - 1)
    else if (e.key === 'Escape' || e.key === 'Tab') close(e.key === 'Escape')
    else return
    if (e.key !== 'Tab') e.preventDefault()
  }

  return (
    <div className="io-menu">
      <button
        ref={button}
        type="button"
        className="io-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        title={t('io.menu.title')}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {t('io.menu.open')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div ref={menu} id={`${id}-menu`} className="io-menu__list" role="menu" aria-label={t('io.menu.label')} onKeyDown={onMenuKey}>
          {GROUPS.map((g) => (
            <div key={g.label} role="group" aria-labelledby={`${id}-${g.label}`} className="io-menu__group">
              <div id={`${id}-${g.label}`} className="io-menu__heading" role="presentation">{t(g.label)}</div>
              {g.choices.map((c) => (
                <button key={c} type="button" role="menuitem" tabIndex={-1} className="io-menu__item" onClick={() => void choose(c)}>
                  <span className="io-menu__name">{t(`io.export.${c}`)}</span>
                  <span className="io-menu__hint">{t(`io.export.${c}.hint`)}</span>
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
      {status && <span className="io-menu__status" role="status">{status}</span>}
      {job.state.status === 'running' && <ProgressDialog title={job.state.title} progress={job.state.progress} onCancel={() => { job.cancel(); setStatus(t('io.export.cancelled')) }} />}
      {job.state.status === 'failed' && <FailureDialog title={job.state.title} issues={job.state.issues} onClose={job.reset} />}
    </div>
  )
}

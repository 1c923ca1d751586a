import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { MAX_FILE_BYTES, tooLarge } from '../../model/file/loadProject.ts'
import {
  createEmptyProject, deleteProject, duplicateProject, exportProjectText, importProjectText, renameProject, type ImportResult, type LocalProjectSummary,
} from '../../sync/localProjects.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { uploadServerProject } from '../../sync/serverApi.ts'
import { invitedProjects, sessionToken } from '../../sync/serverSession.ts'
import { useSession } from '../collab/useTokens.ts'
import { navigate } from '../shell/hashRoute.ts'
import { DeleteProjectDialog } from './DeleteProjectDialog.tsx'
import { downloadTextFile, projectFileName } from './downloadProject.ts'
import type { EmptyProjectValues } from './EmptyProjectForm.tsx'
import { fetchExampleText } from './exampleProject.ts'
import { ImportErrors, type ImportFailure } from './ImportErrors.tsx'
import { NewProjectPanel, type NewProjectActions } from './NewProjectPanel.tsx'
import { NoProjects } from './NoProjects.tsx'
import { errorNotice, successNotice, type Notice } from './notice.ts'
import { NoticeBar } from './NoticeBar.tsx'
import type { ProjectRowActions } from './ProjectRow.tsx'
import { ProjectTable } from './ProjectTable.tsx'
import { ServerProjects } from './ServerProjects.tsx'
import { useFirstStart } from './useFirstStart.ts'
import { useProjectList } from './useProjectList.ts'

const open = (id: string): void => navigate({ page: 'project', id })
const signedInAtStart = (): boolean => sessionToken() !== undefined || invitedProjects().length > 0

/**
 * The start page: the projects stored in this browser and the ways to make a new one. On the
 * first start it imports the example and opens it instead (useFirstStart).
 */
export function ProjectListPage() {
  const t = useT()
  const locale = useLocale()
  const list = useProjectList()
  const session = useSession()
  const token = session?.token
  const firstStart = useFirstStart(signedInAtStart())
  const [newOpen, setNewOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice>()
  const [importFailure, setImportFailure] = useState<ImportFailure>()
  const [renamingId, setRenamingId] = useState<string>()
  const [deleting, setDeleting] = useState<LocalProjectSummary>()
  const [firstStartSeen, setFirstStartSeen] = useState(false)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    document.title = t('projects.documentTitle')
    return () => {
      mounted.current = false
    }
  }, [t])

  /** Runs one action at a time; a failure becomes a notice, never an uncaught error. */
  const act = useCallback(async (action: () => Promise<Notice | undefined>): Promise<void> => {
    setBusy(true)
    setNotice(undefined)
    setFirstStartSeen(true)
    try {
      const done = await action()
      if (mounted.current && done) setNotice(done)
    } catch (e) {
      if (mounted.current) setNotice(errorNotice(e))
    } finally {
      if (mounted.current) setBusy(false)
    }
  }, [])

  const importText = useCallback((file: string, read: () => Promise<ImportResult>) =>
    act(async () => {
      setImportFailure(undefined)
      const result = await read()
      if (result.ok) open(result.id)
      else if (mounted.current) setImportFailure({ file, stage: result.stage, errors: result.errors })
      return undefined
    }), [act])

  const newProject = useMemo<NewProjectActions>(() => ({
    onCreateEmpty: (values: EmptyProjectValues) => void act(async () => {
      open(await createEmptyProject(values))
      return undefined
    }),
    onCreateFromExample: () => void importText('kabupaten-contoh.cetakbiru.json', async () => importProjectText(await fetchExampleText())),
    onImportFile: (file: File) => void importText(file.name, async () => (file.size > MAX_FILE_BYTES ? (tooLarge(file.size) as ImportResult) : importProjectText(await file.text()))),
  }), [act, importText])

  const rowActions = useMemo<ProjectRowActions>(() => ({
    onStartRename: (id) => setRenamingId(id),
    onCancelRename: () => setRenamingId(undefined),
    onRename: (project, name) => void act(async () => {
      await renameProject(project.id, name)
      setRenamingId(undefined)
      return successNotice((tr) => tr('projects.notice.renamed', { name }))
    }),
    onDuplicate: (project) => void act(async () => {
      const name = t('projects.copyName', { name: project.name })
      await duplicateProject(project.id, { name })
      return successNotice((tr) => tr('projects.notice.duplicated', { name }))
    }),
    onDownload: (project) => void act(async () => {
      const file = projectFileName(project.name)
      downloadTextFile(file, await exportProjectText(project.id))
      return successNotice((tr) => tr('projects.notice.downloaded', { file }))
    }),
    onDelete: (project) => setDeleting(project),
    // The server checks the file like an import; the local project stays as it is.
    onShare: token ? (project) => void act(async () => {
      const shared = await uploadServerProject(token, await exportProjectText(project.id))
      navigate({ page: 'server', id: shared.id })
      return undefined
    }) : undefined,
  }), [act, t, token])

  const confirmDelete = (): void => {
    const project = deleting
    if (!project) return
    // The dialog closes first, so a failure shows on the page instead of behind the modal.
    setDeleting(undefined)
    void act(async () => {
      await deleteProject(project.id)
      return successNotice((tr) => tr('projects.notice.deleted', { name: project.name }))
    })
  }

  const projects = list.status === 'ready' ? list.projects : []
  const loading = list.status === 'loading' || (firstStart.checking && projects.length === 0)
  const empty = !loading && list.status === 'ready' && projects.length === 0
  const shownNotice = notice ?? (firstStartSeen ? undefined : firstStart.notice)
  const dismissNotice = (): void => {
    setNotice(undefined)
    setFirstStartSeen(true)
  }

  return (
    <div className="projects-page" aria-busy={loading || busy}>
      <section className="page-band" aria-labelledby="projects-title">
        <div className="container page-band__inner">
          <div>
            <h1 id="projects-title" className="page-band__title">{t('projects.title')}</h1>
            <p className="page-band__intro">{t('projects.intro')}</p>
          </div>
          {!empty && !loading && (
            <button type="button" className="button page-band__action" aria-expanded={newOpen} aria-controls="new-project" onClick={() => setNewOpen((o) => !o)}>
              <span aria-hidden="true">+</span> {t('projects.new')}
            </button>
          )}
        </div>
      </section>

      <div className="container projects">
        {shownNotice && <NoticeBar notice={shownNotice} onDismiss={dismissNotice} />}
        {list.status === 'error' && (
          <div className="notice" data-tone="error" role="alert">
            <span className="notice__icon" aria-hidden="true">!</span>
            <p className="notice__text">{localized(list.error.detail, locale)}</p>
          </div>
        )}
        <ServerProjects onNotice={setNotice} />
        {importFailure && <ImportErrors failure={importFailure} onDismiss={() => setImportFailure(undefined)} />}
        {loading && list.status !== 'error' && (
          <section className="panel status-panel" role="status" aria-live="polite">
            <span className="spinner" aria-hidden="true" />
            <p>{firstStart.checking ? t('projects.firstStart') : t('projects.loading')}</p>
          </section>
        )}
        {empty && <NoProjects />}
        {(empty || newOpen) && (
          <div id="new-project">
            <NewProjectPanel busy={busy} actions={newProject} onClose={empty ? undefined : () => setNewOpen(false)} />
          </div>
        )}
        {projects.length > 0 && <ProjectTable projects={projects} renamingId={renamingId} busy={busy} actions={rowActions} />}
      </div>

      {deleting && <DeleteProjectDialog project={deleting} busy={busy} onConfirm={confirmDelete} onCancel={() => setDeleting(undefined)} />}
    </div>
  )
}

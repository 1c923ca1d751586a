import type { Locale, Translate } from '../i18n/translate.ts'

/** A command of the search palette: what it is called, extra words it is found by, and what it does. */
export interface PaletteCommand {
  readonly id: string
  readonly label: string
  readonly keywords?: string
  readonly run: () => void
}

export type WorkspaceSection = 'overview' | 'diagrams' | 'catalogue' | 'roadmap' | 'index'
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = ['overview', 'diagrams', 'catalogue', 'roadmap', 'index']

export interface WorkspaceCommandHandlers {
  readonly section: WorkspaceSection
  readonly showSection: (section: WorkspaceSection) => void
  readonly locale: Locale
  readonly setLocale: (locale: Locale) => void
  readonly toProjectList: () => void
}

/**
 * The commands the workspace can carry out itself: go to another section, switch the language,
 * go back to the project list. (Undo and "new view" belong to a section's own undo manager and
 * dialogs, so they are not offered here.)
 */
export function workspaceCommands(t: Translate, h: WorkspaceCommandHandlers): PaletteCommand[] {
  const sections = WORKSPACE_SECTIONS.filter((s) => s !== h.section).map<PaletteCommand>((s) => ({
    id: `section:${s}`,
    label: t('search.command.goTo', { section: t(`projects.workspace.${s}`) }),
    keywords: t('search.command.keywords.section'),
    run: () => h.showSection(s),
  }))
  const other: Locale = h.locale === 'id' ? 'en' : 'id'
  return [
    ...sections,
    { id: 'language', label: t('search.command.otherLanguage'), keywords: t('search.command.keywords.language'), run: () => h.setLocale(other) },
    { id: 'projects', label: t('search.command.projects'), run: h.toProjectList },
  ]
}

import { AS_IS_STATE, DEFAULT_SETTINGS, EMPTY_INDEX_DATA, EMPTY_ROADMAP_INPUT, TARGET_STATE, type ProjectData, type ProjectInfo } from './project.ts'

export interface EmptyProjectInput {
  readonly id: string
  readonly name: string
  readonly organization: string
  readonly organizationType: ProjectInfo['organizationType']
  /** First year of the RPJMD the architecture serves. */
  readonly planStartYear: number
}

/** An RPJMD runs five years (UU 25/2004); the target state describes its last year. */
export const RPJMD_YEARS = 5

/**
 * A new project with nothing in it yet: the as-is and target states, a five-year RPJMD, no OPD,
 * elements or views, and the default settings. Callers check it like any file (loadProject.ts).
 */
export function emptyProject(input: EmptyProjectInput): ProjectData {
  const start = input.planStartYear
  const end = start + RPJMD_YEARS - 1
  return {
    project: { id: input.id, name: input.name.trim(), organization: input.organization.trim(), organizationType: input.organizationType },
    opd: [],
    plan: { name: `RPJMD ${start}-${end}`, document: 'rpjmd', startYear: start, years: RPJMD_YEARS, goals: [] },
    states: [AS_IS_STATE, { ...TARGET_STATE, year: end }],
    elements: [],
    relations: [],
    views: [],
    catalogueExtensions: [],
    settings: DEFAULT_SETTINGS,
    roadmap: EMPTY_ROADMAP_INPUT,
    index: EMPTY_INDEX_DATA,
  }
}

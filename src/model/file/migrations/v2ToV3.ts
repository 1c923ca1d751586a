/**
 * Version 3 adds the project's `settings` (policy the architecture rules read) and the
 * `roadmap` inputs (budget ceilings, OPD capacities, the user's kegiatan overrides). Version-2
 * files get the defaults: applications must run in a data centre, and no roadmap input yet.
 */
type Json = Record<string, unknown>

export function v2ToV3(file: Json): Json {
  return {
    ...file,
    schemaVersion: 3,
    settings: file.settings ?? { policy: { applicationsInDataCentre: true } },
    roadmap: file.roadmap ?? { budgetCeilings: {}, opdCapacity: {}, overrides: {}, manualActivities: [], manualDependencies: [] },
  }
}

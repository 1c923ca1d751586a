/**
 * Version 4 adds the SPBE index (`index`: yearly self-assessments, the project's own evaluation
 * frameworks, kegiatan-indicator links, the target) and `interop` (what an ArchiMate or Archi CSV
 * import held that the model has no place for, kept for export). Version-3 files get an empty
 * index and no interop data.
 */
type Json = Record<string, unknown>

export function v3ToV4(file: Json): Json {
  return {
    ...file,
    schemaVersion: 4,
    index: file.index ?? { assessments: [], frameworks: [], links: [] },
  }
}

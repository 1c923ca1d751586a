/** Where the ArchiMate import keeps what the project model cannot hold: beside the project file. */
export function archimateSidecarPath(projectFile: string): string {
  return `${projectFile.replace(/\.json$/i, '')}.archimate.json`
}

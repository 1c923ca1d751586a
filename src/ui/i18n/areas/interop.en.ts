import type { interopId } from './interop.id.ts'

/** English texts of the interop area (import summary, "From ArchiMate" panel section), typed against the Indonesian keys. */
export const interopEn: Record<keyof typeof interopId, string> = {
  'interop.import.kept': '{relations} ArchiMate relationships and {properties} properties kept with the project for export.',
  'interop.import.keptDetail': 'The SPBE model has no place for everything, so the project keeps it beside the model (in the project file too). Exporting ArchiMate or Archi CSV from the Export menu gives it back, except what concerns elements or relations deleted since.',
  'interop.import.nothingKept': 'Every element, relation and property of the file is in the project\'s SPBE model.',

  'interop.panel.heading': 'From ArchiMate',
  'interop.panel.intro': 'Kept from the original file and given back on export; cannot be changed here.',
  'interop.panel.type': 'ArchiMate type',
  'interop.panel.specialization': 'Specialization',
  'interop.panel.properties': 'Properties of the original file',
  'interop.panel.noProperties': 'No other properties from the original file.',
  'interop.panel.value.empty': '(empty)',
}

import type { messagesId } from './messages.id.ts'
import { editorEn } from './areas/editor.en.ts'
import { projectsEn } from './areas/projects.en.ts'
import { propertiesEn } from './areas/properties.en.ts'
import { roadmapEn } from './areas/roadmap.en.ts'
import { catalogueEn } from './areas/catalogue.en.ts'
import { browserEn } from './areas/browser.en.ts'
import { searchEn } from './areas/search.en.ts'
import { gapPanelEn } from './areas/gapPanel.en.ts'
import { collabEn } from './areas/collab.en.ts'
import { ioEn } from './areas/io.en.ts'
import { indexViewEn } from './areas/indexView.en.ts'
import { indexProjectionEn } from './areas/indexProjection.en.ts'
import { interopEn } from './areas/interop.en.ts'

type CoreKey = Exclude<keyof typeof messagesId, keyof typeof projectsEn | keyof typeof editorEn | keyof typeof propertiesEn | keyof typeof roadmapEn | keyof typeof catalogueEn | keyof typeof browserEn | keyof typeof searchEn | keyof typeof gapPanelEn | keyof typeof collabEn | keyof typeof ioEn | keyof typeof indexViewEn | keyof typeof indexProjectionEn | keyof typeof interopEn>

/** English texts of the overview and the shell, typed against the Indonesian keys. */
const coreEn: Record<CoreKey, string> = {
  'app.name': 'Cetakbiru',
  'app.tagline': 'SPBE Architecture and SPBE Roadmap',
  'app.documentTitle': '{project} · Cetakbiru',
  'app.footer': 'Cetakbiru · Electronic-Based Government System, SPBE (Perpres 95/2018, Perpres 132/2022)',

  'language.label': 'Language',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'loading.title': 'Loading project…',
  'loading.detail': 'Fetching and checking {file}',

  'error.title': 'The project cannot be opened',
  'error.network': 'The file {file} could not be fetched from the server. Check the network connection and try again. ({detail})',
  'error.http': 'The server answered {status} for {file}. The file was not found or cannot be read.',
  'error.unexpected': 'An unexpected fault in Cetakbiru occurred while opening {file}: {detail}',
  'error.stage.size': 'The file is too large to open.',
  'error.stage.json': 'The file is not valid JSON.',
  'error.stage.version': 'This version of Cetakbiru cannot read the file format version.',
  'error.stage.schema': 'The file does not match the Cetakbiru project format.',
  'error.stage.integrity': 'The file contradicts itself, so the project cannot be opened safely.',
  'error.file': 'File: {file}',
  'error.column.path': 'Location',
  'error.column.message': 'Problem',
  'error.nothingChanged': 'Nothing was changed or saved.',
  'error.retry': 'Try again',

  'header.organizationType': 'Type of organisation',
  'header.plan': 'Plan period',
  'header.targetYear': 'Target year',
  'header.organizationType.provinsi': 'Provincial government',
  'header.organizationType.kabupaten': 'Regency government',
  'header.organizationType.kota': 'City government',
  'header.organizationType.instansi-pusat': 'Central government agency',

  'summary.heading': 'Project summary',
  'summary.elements': 'Architecture elements',
  'summary.relations': 'Relations',
  'summary.opd': 'Government agencies (OPD)',
  'summary.views': 'Diagrams',
  'summary.goals': 'RPJMD goals and indicators',

  'state.asis': 'Current state',
  'state.target': 'Target state',
  'status.baru': 'new',
  'status.pengembangan': 'upgraded',
  'status.dihentikan': 'retired',

  'domains.heading': 'Summary by domain',
  'domains.intro': 'Elements in the current state and in the target state, and the elements that are new, upgraded or retired.',
  'domains.reference': 'Reference {code}',
  'domains.changes': 'Changes towards the target',

  'opd.heading': 'Government agencies (OPD)',
  'opd.intro': 'Owners of architecture elements, those owning the most first.',
  'opd.column.code': 'Code',
  'opd.column.name': 'Agency',
  'opd.column.elements': 'Elements',
  'opd.unowned': 'No owning agency',
  'opd.none': 'This project lists no government agencies yet.',

  'findings.heading': 'Validation findings',
  'findings.intro': 'The model checked against the SPBE metamodel and the national reference architecture catalogue.',
  'findings.count.error': 'Errors',
  'findings.count.warning': 'Warnings',
  'findings.count.info': 'Info',
  'findings.none': 'No findings: the model matches the metamodel and the reference catalogue.',
  'findings.shown': 'Showing the first {shown} of {total} findings.',
  'findings.all': 'Showing all {total} findings.',
  'findings.rule': 'Rule {rule}',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',

  'empty.title': 'This project has no architecture elements yet',
  'empty.body':
    'An SPBE architecture is made of elements in six domains: business process, data and information, services, applications, infrastructure and security. Each element is owned by one government agency and recorded in the current state, the target state, or both.',
  'empty.next': 'Once elements are added in the editor or imported from a file, the summary by domain and the validation findings appear here.',
}

/** The English catalogue: tsc refuses a missing or extra key in any area. */
export const messagesEn: Record<keyof typeof messagesId, string> = { ...coreEn, ...projectsEn, ...editorEn, ...propertiesEn, ...roadmapEn, ...catalogueEn, ...browserEn, ...searchEn, ...gapPanelEn, ...collabEn, ...ioEn, ...indexViewEn, ...indexProjectionEn, ...interopEn }

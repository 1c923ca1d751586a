import type { LoadStage } from '../../model/file/loadProject.ts'
import type { MessageKey } from '../i18n/translate.ts'

/** The one-line summary of why a file was refused, per stage of loadProject.ts. */
export const LOAD_STAGE_KEYS = {
  size: 'error.stage.size',
  json: 'error.stage.json',
  version: 'error.stage.version',
  schema: 'error.stage.schema',
  integrity: 'error.stage.integrity',
} as const satisfies Record<LoadStage, MessageKey>

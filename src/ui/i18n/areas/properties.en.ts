import type { propertiesId } from './properties.id.ts'

/** English texts of the properties screens, typed against the Indonesian keys. */
export const propertiesEn: Record<keyof typeof propertiesId, string> = {
  'properties.title': 'Properties',
}

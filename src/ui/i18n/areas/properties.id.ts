/** Indonesian texts of the properties screens; keys start with "properties.". Merged into messages.id.ts. */
export const propertiesId = {
  'properties.title': 'Properti',
}

/**
 * Version of the `*.cetakbiru.json` format written by this build. Version 1 was the two-state
 * draft format (fixed as-is / to-be flags); src/model/file/migrations/ lifts older files.
 */
export const CURRENT_SCHEMA_VERSION = 2

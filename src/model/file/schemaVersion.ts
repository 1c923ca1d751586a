/**
 * Version of the `*.cetakbiru.json` format written by this build (history in docs/file-format.md);
 * src/model/file/migrations/ lifts older files.
 */
export const CURRENT_SCHEMA_VERSION = 4

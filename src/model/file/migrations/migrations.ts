import { v1ToV2 } from './v1ToV2.ts'
import { v2ToV3 } from './v2ToV3.ts'
import { v3ToV4 } from './v3ToV4.ts'

type Json = Record<string, unknown>

/** MIGRATIONS[n] lifts a version-n file to version n+1. Each has its own test. */
export const MIGRATIONS: Readonly<Record<number, (file: Json) => Json>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
}

export const OLDEST_SUPPORTED_VERSION = 1

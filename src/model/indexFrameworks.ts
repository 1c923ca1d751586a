/**
 * Ids of the evaluation frameworks shipped with Cetakbiru (src/analysis/index/frameworks/). The
 * model needs them to check a project's references without importing the analysis layer; a test
 * there checks that both lists agree.
 */
export const SHIPPED_FRAMEWORK_IDS: readonly string[] = ['spbe-2020', 'pemdi-2026']

/** The framework a new year's assessment uses when nothing says otherwise: the newest shipped. */
export const DEFAULT_FRAMEWORK_ID = 'pemdi-2026'

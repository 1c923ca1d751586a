import type { ProjectData } from '../project.ts'
import { catalogueWithExtensions, nationalCatalogue, type Catalogue } from '../reference/catalogue.ts'
import type { Finding } from './finding.ts'
import { ValidationContext, type ValidationRule } from './validationContext.ts'
import { attributes } from './rules/attributes.ts'
import { danglingReferences } from './rules/danglingReferences.ts'
import { ownerOpd } from './rules/ownerOpd.ts'
import { referenceCodes } from './rules/referenceCodes.ts'
import { relationAllowed } from './rules/relationAllowed.ts'
import { stateMembership } from './rules/stateMembership.ts'
import { uniqueCodes } from './rules/uniqueCodes.ts'
import { uniqueIds } from './rules/uniqueIds.ts'
import { structuralReferences } from './rules/structuralReferences.ts'
import { indexIntegrity } from './rules/indexIntegrity.ts'

/** Every model validation rule, in the order their findings are listed. */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  uniqueIds, uniqueCodes, structuralReferences, danglingReferences, relationAllowed, attributes, referenceCodes, stateMembership, ownerOpd, indexIntegrity,
]

/** The rules whose findings can block loading (BLOCKING_RULES); loading runs only these. */
export const INTEGRITY_RULES: readonly ValidationRule[] = [uniqueIds, structuralReferences, stateMembership, indexIntegrity]

/**
 * Checks a project against the metamodel and the reference catalogue (national plus the
 * project's own extensions) and returns every finding; it never throws on bad data.
 */
export function validateProject(data: ProjectData, base: Catalogue = nationalCatalogue(), rules: readonly ValidationRule[] = VALIDATION_RULES): Finding[] {
  const { catalogue, problems } = catalogueWithExtensions(base, data.catalogueExtensions)
  const ctx = new ValidationContext(data, catalogue)
  for (const p of problems) {
    ctx.findings.push({ rule: 'invalid-catalogue-extension', severity: 'error', message: p.message, path: `catalogueExtensions[${p.index}].${p.field}` })
  }
  for (const rule of rules) rule.run(ctx)
  return ctx.findings
}

/**
 * Findings that make a project unsafe to load into a Y.Doc: records that would collapse into one,
 * or that the projection could never show. Everything else loads and is fixed in the editor.
 */
export const BLOCKING_RULES: ReadonlySet<string> = new Set([
  'duplicate-id', 'dangling-relation-end', 'dangling-view-node', 'unknown-state', 'element-in-no-state', 'relation-in-no-state',
  'index-duplicate', 'index-unknown-framework',
])

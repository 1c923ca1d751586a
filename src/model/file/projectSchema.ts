import { DOMAINS, ELEMENT_KINDS, RELATION_KINDS } from '../metamodel/metamodel.ts'
import { STATE_STATUSES } from '../metamodel/metamodel.ts'
import { MAX_TEXT_LENGTH } from '../metamodel/attributeValue.ts'
import type { AttributeDef, ElementKind, RelationKind } from '../metamodel/types.ts'
import { CURRENT_SCHEMA_VERSION } from './schemaVersion.ts'

/** Limits that keep a hostile or broken file from exhausting memory further down the line. */
export const LIMITS = {
  idLength: 64,
  nameLength: 300,
  descriptionLength: 10_000,
  codeLength: 64,
} as const

export const ID_PATTERN = `^[A-Za-z0-9_-]{1,${LIMITS.idLength}}$`
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$'

type Schema = Record<string, unknown>

const id: Schema = { type: 'string', pattern: ID_PATTERN }
const idRef: Schema = { type: 'string', pattern: ID_PATTERN }
const text = (maxLength: number, minLength = 0): Schema => (minLength > 0 ? { type: 'string', minLength, maxLength } : { type: 'string', maxLength })

function attributeSchema(def: AttributeDef): Schema {
  const base: Schema = { title: def.label.id, description: def.label.en }
  switch (def.type) {
    case 'text':
      return { ...base, type: 'string', maxLength: def.maxLength ?? MAX_TEXT_LENGTH }
    case 'enum':
      return { ...base, enum: def.options.map((o) => o.value) }
    case 'number':
      return { ...base, type: def.integer ? 'integer' : 'number', ...(def.min !== undefined ? { minimum: def.min } : {}) }
    case 'date':
      return { ...base, type: 'string', pattern: DATE_PATTERN }
    case 'boolean':
      return { ...base, type: 'boolean' }
    case 'reference':
      return { ...base, ...idRef }
  }
}

function attrsSchema(kind: ElementKind | RelationKind): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(kind.attributes.map((a) => [a.name, attributeSchema(a)])),
    additionalProperties: false,
  }
}

/** Membership per state: status and per-state values typed like the kind's attributes. */
function statesSchema(kind: ElementKind | RelationKind): Schema {
  return {
    type: 'object',
    propertyNames: { pattern: ID_PATTERN },
    additionalProperties: {
      type: 'object',
      properties: { status: { enum: STATE_STATUSES }, attrs: attrsSchema(kind) },
      additionalProperties: false,
    },
  }
}

/**
 * One branch per kind, picked by `kind` (the `discriminator` keyword lets Ajv jump to the branch
 * instead of trying each; other validators read it as a plain oneOf with the same meaning).
 */
function byKind(kinds: readonly (ElementKind | RelationKind)[], common: Schema, required: readonly string[]): Schema {
  return {
    type: 'object',
    required: ['kind'],
    properties: { kind: { enum: kinds.map((k) => k.id) } },
    discriminator: { propertyName: 'kind' },
    oneOf: kinds.map((k) => ({
      type: 'object',
      required,
      additionalProperties: false,
      properties: { ...common, kind: { const: k.id }, attrs: attrsSchema(k), states: statesSchema(k) },
    })),
  }
}

/** JSON Schema of a `*.cetakbiru.json` file, generated from the metamodel (schemas/project.schema.json). */
export function buildProjectSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://cetakbiru.id/schemas/project.schema.json',
    title: 'Proyek Cetakbiru (Arsitektur dan Peta Rencana SPBE)',
    description: 'A Cetakbiru project file: the SPBE architecture model in its states, with OPD, plan period and views.',
    type: 'object',
    required: ['schemaVersion', 'project', 'opd', 'plan', 'states', 'elements', 'relations', 'views', 'catalogueExtensions', 'settings', 'roadmap', 'index'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      schemaVersion: { const: CURRENT_SCHEMA_VERSION },
      project: {
        type: 'object',
        required: ['id', 'name', 'organization', 'organizationType'],
        additionalProperties: false,
        properties: {
          id,
          name: text(LIMITS.nameLength, 1),
          organization: text(LIMITS.nameLength, 1),
          organizationType: { enum: ['provinsi', 'kabupaten', 'kota', 'instansi-pusat'] },
          description: text(LIMITS.descriptionLength),
        },
      },
      opd: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'code', 'name', 'shortName'],
          additionalProperties: false,
          properties: { id, code: text(LIMITS.codeLength, 1), name: text(LIMITS.nameLength, 1), shortName: text(LIMITS.nameLength, 1) },
        },
      },
      plan: {
        type: 'object',
        required: ['name', 'document', 'startYear', 'years', 'goals'],
        additionalProperties: false,
        properties: {
          name: text(LIMITS.nameLength, 1),
          document: { enum: ['rpjmd', 'rpd', 'renstra'] },
          startYear: { type: 'integer', minimum: 2000, maximum: 2100 },
          years: { type: 'integer', minimum: 1, maximum: 10 },
          goals: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'level', 'text'],
              additionalProperties: false,
              properties: {
                id,
                level: { enum: ['visi', 'misi', 'tujuan', 'sasaran', 'iku'] },
                parent: idRef,
                code: text(LIMITS.codeLength),
                text: text(LIMITS.descriptionLength, 1),
                unit: text(LIMITS.nameLength),
                targets: {
                  type: 'object',
                  propertyNames: { pattern: '^\\d{4}$' },
                  additionalProperties: { type: ['number', 'string'], maxLength: LIMITS.nameLength },
                },
              },
            },
          },
        },
      },
      states: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['id', 'name', 'role'],
          additionalProperties: false,
          properties: { id, name: text(LIMITS.nameLength, 1), role: { enum: ['asis', 'target', 'intermediate'] }, year: { type: 'integer', minimum: 2000, maximum: 2100 } },
        },
      },
      elements: {
        type: 'array',
        items: byKind(ELEMENT_KINDS, {
          id,
          name: text(LIMITS.nameLength, 1),
          code: text(LIMITS.codeLength),
          description: text(LIMITS.descriptionLength),
          ownerOpd: idRef,
          userOpds: { type: 'array', items: idRef },
          refCodes: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}(\\.\\d{2}){0,7}$' } },
          goals: { type: 'array', items: idRef },
        }, ['id', 'kind', 'name', 'attrs', 'states']),
      },
      relations: {
        type: 'array',
        items: byKind(RELATION_KINDS, { id, source: idRef, target: idRef }, ['id', 'kind', 'source', 'target', 'attrs', 'states']),
      },
      views: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name', 'layout', 'nodes'],
          additionalProperties: false,
          properties: {
            id,
            name: text(LIMITS.nameLength, 1),
            layout: { enum: ['domain', 'layered', 'custom'] },
            domain: { enum: DOMAINS.map((d) => d.id) },
            nodes: {
              type: 'array',
              items: {
                type: 'object',
                required: ['element', 'x', 'y', 'w', 'h'],
                additionalProperties: false,
                properties: { element: idRef, x: { type: 'number' }, y: { type: 'number' }, w: { type: 'number', minimum: 1 }, h: { type: 'number', minimum: 1 } },
              },
            },
          },
        },
      },
      catalogueExtensions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'parent', 'name'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', pattern: '^RA[BDLAIK](\\.\\d{2}){4,7}$' },
            parent: { type: 'string', pattern: '^RA[BDLAIK](\\.\\d{2}){3,6}$' },
            name: text(LIMITS.nameLength, 1),
          },
        },
      },
      settings: {
        type: 'object',
        required: ['policy'],
        additionalProperties: false,
        properties: {
          policy: {
            type: 'object',
            required: ['applicationsInDataCentre'],
            additionalProperties: false,
            properties: { applicationsInDataCentre: { type: 'boolean', description: 'Aplikasi wajib berjalan di pusat data / fasilitas komputasi' } },
          },
        },
      },
      roadmap: roadmapSchema(),
      index: indexSchema(),
      interop: {
        type: 'object',
        description: 'What an import from another tool held that the SPBE model has no place for, kept for export',
        additionalProperties: false,
        properties: { archimate: { type: 'object' }, archiCsv: { type: 'object' } },
      },
    },
  }
}

const yearlyAmounts: Schema = { type: 'object', propertyNames: { pattern: '^\\d{4}$' }, additionalProperties: { type: 'number', minimum: 0 } }
const year: Schema = { type: 'integer', minimum: 2000, maximum: 2100 }
const MUATAN_IDS = ['tata-kelola', 'manajemen', 'layanan', 'aplikasi', 'infrastruktur', 'keamanan', 'audit-tik']
/** Kegiatan ids are derived from what they close (`k-add-<element id>`), so they may be longer. */
export const ACTIVITY_ID_PATTERN = '^[A-Za-z0-9_.:-]{1,200}$'
const activityId: Schema = { type: 'string', pattern: ACTIVITY_ID_PATTERN }
const duration: Schema = { type: 'integer', minimum: 1, maximum: 10 }

/** The Peta Rencana inputs: ceilings, capacities and the user's changes to generated kegiatan. */
function roadmapSchema(): Schema {
  return {
    type: 'object',
    required: ['budgetCeilings', 'opdCapacity', 'overrides', 'manualActivities', 'manualDependencies'],
    additionalProperties: false,
    properties: {
      budgetCeilings: yearlyAmounts,
      opdCapacity: { type: 'object', propertyNames: { pattern: ID_PATTERN }, additionalProperties: { type: 'integer', minimum: 0 } },
      overrides: {
        type: 'object',
        propertyNames: { pattern: ACTIVITY_ID_PATTERN },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            name: text(LIMITS.nameLength, 1),
            pinnedYear: year,
            duration,
            budget: yearlyAmounts,
            opd: idRef,
            goals: { type: 'array', items: idRef },
            mergedInto: activityId,
            splitOff: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'name', 'closes'],
                additionalProperties: false,
                properties: { id: activityId, name: text(LIMITS.nameLength, 1), closes: { type: 'array', items: activityId } },
              },
            },
          },
        },
      },
      manualActivities: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name', 'muatan'],
          additionalProperties: false,
          properties: {
            id: activityId,
            name: text(LIMITS.nameLength, 1),
            muatan: { enum: MUATAN_IDS },
            opd: idRef,
            relatedOpd: { type: 'array', items: idRef },
            startYear: year,
            duration,
            budget: yearlyAmounts,
            goals: { type: 'array', items: idRef },
            dependsOn: { type: 'array', items: activityId },
          },
        },
      },
      manualDependencies: {
        type: 'array',
        items: { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: activityId, to: activityId } },
      },
      prioritiseIndex: { type: 'boolean', description: 'Dahulukan kegiatan yang menaikkan indeks SPBE' },
    },
  }
}

/** Framework ids as schemas/evaluation-framework.schema.json has them. */
export const FRAMEWORK_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$'
export const INDICATOR_NUMBER_PATTERN = '^[1-9][0-9]{0,2}$'
const level: Schema = { type: 'integer', minimum: 1, maximum: 9 }

/** Self-assessments of the SPBE index, the project's own frameworks and kegiatan-indicator links. */
function indexSchema(): Schema {
  const evidence: Schema = {
    type: 'object',
    required: ['kind', 'value'],
    additionalProperties: false,
    properties: { kind: { enum: ['url', 'document', 'element'] }, value: text(2000, 1) },
  }
  return {
    type: 'object',
    required: ['assessments', 'frameworks', 'links'],
    additionalProperties: false,
    properties: {
      assessments: {
        type: 'array',
        items: {
          type: 'object',
          required: ['year', 'framework', 'indicators'],
          additionalProperties: false,
          properties: {
            year,
            framework: { type: 'string', pattern: FRAMEWORK_ID_PATTERN },
            indicators: {
              type: 'object',
              propertyNames: { pattern: INDICATOR_NUMBER_PATTERN },
              additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: { level, justification: text(LIMITS.descriptionLength), evidence: { type: 'array', maxItems: 50, items: evidence } },
              },
            },
            published: { type: 'number', minimum: 0, maximum: 9 },
          },
        },
      },
      frameworks: {
        type: 'array',
        description: 'Kerangka evaluasi milik proyek; isinya diperiksa terhadap evaluation-framework.schema.json saat dipakai',
        items: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: FRAMEWORK_ID_PATTERN } } },
      },
      links: {
        type: 'array',
        items: {
          type: 'object',
          required: ['activity', 'indicator', 'level'],
          additionalProperties: false,
          properties: { activity: activityId, indicator: { type: 'integer', minimum: 1, maximum: 999 }, level },
        },
      },
      target: {
        type: 'object',
        required: ['year', 'index'],
        additionalProperties: false,
        properties: { year, index: { type: 'number', minimum: 0, maximum: 9 } },
      },
    },
  }
}

import { ruleById } from '../../analysis/rules/registry.ts'
import { relationKind } from '../../model/metamodel/metamodel.ts'
import type { Element, Relation } from '../../model/project.ts'
import type { Locale, MessageKey } from '../i18n/translate.ts'
import { localized } from '../i18n/translate.ts'

export type GapKind = 'add' | 'dev' | 'ret' | 'rel' | 'rule'

export interface GapLabel {
  readonly id: string
  readonly kind: GapKind
  /** The i18n key of the kind ("Baru", "Pengembangan" ...). */
  readonly kindKey: MessageKey
  /** What is closed, by name: an element, "A integrates with B", or a rule's title and its subjects. */
  readonly text: string
}

export interface GapLookups {
  readonly elements: ReadonlyMap<string, Element>
  readonly relations: ReadonlyMap<string, Relation>
}

const KIND_KEY: Readonly<Record<GapKind, MessageKey>> = {
  add: 'roadmap.gap.add',
  dev: 'roadmap.gap.dev',
  ret: 'roadmap.gap.ret',
  rel: 'roadmap.gap.rel',
  rule: 'roadmap.gap.rule',
}

/**
 * A gap id (`add:<element>`, `dev:<element>`, `ret:<element>`, `rel:<relation>`,
 * `rule:<rule>:<element>+<element>`) as a planner reads it: names, never ids. An element that no
 * longer exists anywhere is shown as "(dihapus)" rather than by its id.
 */
export function gapLabel(gap: string, lookups: GapLookups, locale: Locale, removed: string): GapLabel {
  const colon = gap.indexOf(':')
  const prefix = gap.slice(0, colon)
  const rest = gap.slice(colon + 1)
  const name = (id: string): string => lookups.elements.get(id)?.name ?? removed
  switch (prefix) {
    case 'add':
    case 'dev':
    case 'ret':
      return { id: gap, kind: prefix, kindKey: KIND_KEY[prefix], text: name(rest) }
    case 'rel': {
      const r = lookups.relations.get(rest)
      const verb = r ? relationKind(r.kind)?.verb : undefined
      const text = r ? `${name(r.source)} ${verb ? localized(verb, locale) : '→'} ${name(r.target)}` : removed
      return { id: gap, kind: 'rel', kindKey: KIND_KEY.rel, text }
    }
    default: {
      const second = rest.indexOf(':')
      const rule = ruleById(rest.slice(0, second))
      const subjects = rest.slice(second + 1).split('+').filter(Boolean).map(name)
      const title = rule ? localized(rule.title, locale) : ''
      return { id: gap, kind: 'rule', kindKey: KIND_KEY.rule, text: [title, subjects.join(', ')].filter(Boolean).join(': ') || removed }
    }
  }
}

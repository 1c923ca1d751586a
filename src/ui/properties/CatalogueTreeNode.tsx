import type { Catalogue, CatalogueEntry } from '../../model/reference/catalogue.ts'
import { useT } from '../i18n/locale.ts'
import { CatalogueEntryText } from './CatalogueEntryText.tsx'

export interface CatalogueTreeNodeProps {
  readonly catalogue: Catalogue
  readonly entry: CatalogueEntry
  readonly depth: number
  readonly expanded: ReadonlySet<string>
  readonly selected: ReadonlySet<string>
  readonly onExpand: (code: string, open: boolean) => void
  readonly onToggle: (code: string) => void
}

/** One catalogue entry in the browsable tree, with its children while expanded. */
export function CatalogueTreeNode(props: CatalogueTreeNodeProps) {
  const { catalogue, entry, depth, expanded, selected, onExpand, onToggle } = props
  const t = useT()
  const children = catalogue.children(entry.code)
  const open = expanded.has(entry.code)
  return (
    <li className="cat-tree__item">
      <div className="cat-tree__row" style={{ paddingInlineStart: `${depth * 14}px` }}>
        {children.length > 0 ? (
          <button
            type="button"
            className="cat-tree__twisty"
            aria-expanded={open}
            aria-label={t(open ? 'properties.picker.collapse' : 'properties.picker.expand', { code: entry.code })}
            onClick={() => onExpand(entry.code, !open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="cat-tree__twisty" aria-hidden="true" />
        )}
        <button type="button" className="cat-tree__entry" aria-pressed={selected.has(entry.code)} onClick={() => onToggle(entry.code)}>
          <CatalogueEntryText entry={entry} />
        </button>
      </div>
      {open && children.length > 0 && (
        <ul className="cat-tree__children">
          {children.map((child) => (
            <CatalogueTreeNode key={child.code} {...props} entry={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  )
}

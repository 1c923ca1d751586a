import { ViewportPortal } from '@xyflow/react'
import { memo, useMemo, type CSSProperties } from 'react'
import { domainById } from '../../../model/metamodel/domains.ts'
import { useLocale } from '../../i18n/locale.ts'
import { localized } from '../../i18n/translate.ts'
import type { ElementFlowNode } from './flowTypes.ts'
import { laneBands } from './laneBands.ts'

/** The six domain lanes behind a layered view, drawn in canvas coordinates under the nodes. */
export const LaneBands = memo(function LaneBands({ nodes }: { readonly nodes: readonly ElementFlowNode[] }) {
  const locale = useLocale()
  const bands = useMemo(() => laneBands(nodes), [nodes])
  return (
    <ViewportPortal>
      <div className="lane-bands" aria-hidden="true">
        {bands.map((b) => {
          const domain = domainById(b.domain)
          return (
            <div
              key={b.domain}
              className="lane-band"
              data-lane={b.domain}
              style={{ transform: `translate(${b.x}px, ${b.y}px)`, width: b.w, height: b.h, '--domain-color': domain.color } as CSSProperties}
            >
              <span className="lane-band__title">{localized(domain.label, locale)}</span>
            </div>
          )
        })}
      </div>
    </ViewportPortal>
  )
})

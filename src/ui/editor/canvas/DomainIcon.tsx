import { memo } from 'react'

/**
 * A small line glyph per domain (the `icon` of each DOMAINS entry), drawn in currentColor so it
 * prints in grey as clearly as in colour.
 */
const PATHS: Readonly<Record<string, string>> = {
  // Three linked steps.
  workflow: 'M1.5 3.5h4v3h-4zM10.5 3.5h4v3h-4zM6 11h4v3H6zM5.5 5h5M12.5 6.5v2.5H8V11M3.5 6.5v2.5H8',
  // A cylinder.
  database: 'M2.5 4c0-1.4 2.5-2.5 5.5-2.5s5.5 1.1 5.5 2.5v8c0 1.4-2.5 2.5-5.5 2.5S2.5 13.4 2.5 12zM2.5 4c0 1.4 2.5 2.5 5.5 2.5s5.5-1.1 5.5-2.5M2.5 8c0 1.4 2.5 2.5 5.5 2.5s5.5-1.1 5.5-2.5',
  // A service counter bell.
  service: 'M2 12.5h12M3 12.5a5 5 0 0 1 10 0M8 7.5V5.5M6.5 5.5h3',
  // An application window.
  app: 'M1.5 2.5h13v11h-13zM1.5 5.5h13M3.5 4h.5M5.5 4h.5M4 8h3.5v3.5H4zM9.5 8.5h3M9.5 11h3',
  // Two stacked server units.
  server: 'M2 2.5h12v4.5H2zM2 9h12v4.5H2zM4.5 4.75h.5M4.5 11.25h.5M8 4.75h4M8 11.25h4',
  // A shield.
  shield: 'M8 1.5l5.5 2v4c0 3.3-2.3 5.9-5.5 7-3.2-1.1-5.5-3.7-5.5-7v-4zM5.5 8l1.75 1.75L10.75 6.25',
}

const glyphUrls = new Map<string, string>()

/**
 * The same glyph as a CSS image (for a mask), so a canvas node draws it without SVG elements
 * of its own: a thousand nodes, a thousand fewer SVG trees to lay out and hit-test.
 */
export function glyphUrl(icon: string): string {
  let url = glyphUrls.get(icon)
  if (!url) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="${PATHS[icon] ?? PATHS.app}" fill="none" stroke="black" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`
    url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`
    glyphUrls.set(icon, url)
  }
  return url
}

export const DomainIcon = memo(function DomainIcon({ icon, size = 16 }: { readonly icon: string; readonly size?: number }) {
  return (
    <svg className="domain-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[icon] ?? PATHS.app} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
})

import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx'
import { diagramPng } from '../../diagram/diagramPng.ts'
import type { ReportDiagram } from '../reportDiagrams.ts'
import { caption } from './docxParts.ts'

const TWIPS_PER_PIXEL = 15

/** The scale that fits a diagram into `maxWidth` x `maxHeight` twips (pixels are 96 per inch). */
export function diagramScale(d: ReportDiagram, maxWidth: number, maxHeight: number): number {
  return Math.min(maxWidth / TWIPS_PER_PIXEL / d.width, maxHeight / TWIPS_PER_PIXEL / d.height, 1)
}

/**
 * The PNG docx requires beside each SVG image: Word 2016 and later draw the SVG; older Word and
 * LibreOffice (7.4 here) show the PNG, a text-less raster copy at twice the printed size.
 */
export async function diagramFallback(d: ReportDiagram, maxWidth: number, maxHeight: number): Promise<Uint8Array> {
  return diagramPng(d.shapes, d.width, d.height, 2 * diagramScale(d, maxWidth, maxHeight))
}

/** A diagram as an SVG image (with its PNG fallback) scaled to fit, and its caption. */
export function diagramBlocks(d: ReportDiagram, png: Uint8Array, maxWidth: number, maxHeight: number, pageBreakBefore: boolean): Paragraph[] {
  const scale = diagramScale(d, maxWidth, maxHeight)
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(d.svg),
    fallback: { type: 'png', data: png },
    transformation: { width: Math.round(d.width * scale), height: Math.round(d.height * scale) },
    altText: { name: d.name, title: d.name, description: d.caption },
  })
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore, keepNext: true, spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [image] }),
    caption(d.caption),
  ]
}

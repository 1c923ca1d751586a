import { XMLParser } from 'fast-xml-parser'
import JSZip from 'jszip'

type Node = Record<string, unknown>

export interface DocxBody {
  readonly paragraphs: { readonly style: string; readonly text: string }[]
  /** Rows of cell text; a cell's paragraphs are joined with "\n". */
  readonly tables: string[][][]
  readonly raw: string
  /** Page setup of each section, in order (`orient` is "landscape" for landscape pages). */
  readonly sections: { readonly orient?: string }[]
}

function children(n: Node, tag: string): Node[] {
  const list = n[tag]
  return Array.isArray(list) ? (list as Node[]) : []
}

function textOf(nodes: Node[]): string {
  let out = ''
  for (const n of nodes) {
    if ('#text' in n) out += String(n['#text'])
    for (const [k, v] of Object.entries(n)) if (k !== ':@' && k !== '#text' && Array.isArray(v)) out += textOf(v as Node[])
  }
  return out
}

/** Reads word/document.xml back: top-level paragraphs (style, text), tables (rows of cell text) and sections. */
export async function readDocxBody(bytes: Uint8Array): Promise<DocxBody> {
  const zip = await JSZip.loadAsync(bytes)
  const raw = await zip.file('word/document.xml')!.async('string')
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false })
  const doc = parser.parse(raw) as Node[]
  const body = children(doc.find((n) => 'w:document' in n)!, 'w:document').find((n) => 'w:body' in n)!
  const out: DocxBody = { paragraphs: [], tables: [], raw, sections: [] }
  const sectPr = (n: Node): void => {
    const pgSz = children(n, 'w:sectPr').find((c) => 'w:pgSz' in c)
    if (pgSz) out.sections.push({ orient: (pgSz[':@'] as Record<string, string> | undefined)?.['w:orient'] })
  }
  for (const n of children(body, 'w:body')) {
    if ('w:p' in n) {
      const p = children(n, 'w:p')
      const pPr = p.find((c) => 'w:pPr' in c)
      const style = pPr ? ((children(pPr, 'w:pPr').find((c) => 'w:pStyle' in c)?.[':@'] as Record<string, string> | undefined)?.['w:val'] ?? '') : ''
      out.paragraphs.push({ style, text: textOf(p) })
      if (pPr) for (const c of children(pPr, 'w:pPr')) if ('w:sectPr' in c) sectPr(c)
    } else if ('w:tbl' in n) {
      out.tables.push(children(n, 'w:tbl').filter((r) => 'w:tr' in r).map((r) => children(r, 'w:tr').filter((c) => 'w:tc' in c)
        .map((c) => children(c, 'w:tc').filter((x) => 'w:p' in x).map((x) => textOf(children(x, 'w:p'))).join('\n'))))
    } else if ('w:sectPr' in n) sectPr(n)
  }
  return out
}

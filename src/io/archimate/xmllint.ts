import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * XSD validation of exchange files with Debian's xmllint (libxml2-utils). Node only: used by the
 * tests and `npm run conformance`, never by the app. The schema imports xml.xsd by its W3C URL;
 * an XML catalog maps it to the local copy and --nonet forbids any download.
 */

export const XSD_DIR = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'interop', 'archi-xsd')

export class XmllintMissingError extends Error {
  constructor() {
    super('xmllint tidak terpasang; pasang paket Debian libxml2-utils (apt-get install libxml2-utils) / xmllint is not installed; install the Debian package libxml2-utils')
  }
}

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0
}

let catalog: string | undefined
function catalogFile(xsdDir: string): string {
  if (catalog) return catalog
  const dir = mkdtempSync(join(tmpdir(), 'archimate-xsd-'))
  catalog = join(dir, 'catalog.xml')
  writeFileSync(catalog, `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="${pathToFileURL(join(xsdDir, 'xml.xsd')).href}"/>
  <uri name="http://www.w3.org/2001/xml.xsd" uri="${pathToFileURL(join(xsdDir, 'xml.xsd')).href}"/>
</catalog>
`)
  return catalog
}

export interface XsdResult {
  readonly valid: boolean
  /** xmllint's messages (file:line: element ...: Schemas validity error ...). */
  readonly output: string
}

/** Validates one file against archimate3_Diagram.xsd (which includes the model and view schemas). */
export function validateWithXsd(file: string, xsdDir = XSD_DIR): XsdResult {
  if (!hasXmllint()) throw new XmllintMissingError()
  try {
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(xsdDir, 'archimate3_Diagram.xsd'), file], {
      env: { ...process.env, XML_CATALOG_FILES: catalogFile(xsdDir) }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8',
    })
    return { valid: true, output: out }
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string }
    return { valid: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` }
  }
}

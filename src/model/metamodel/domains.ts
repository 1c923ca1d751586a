import { msg } from '../message.ts'
import type { Domain, DomainId } from './types.ts'

/** The six domains of the Arsitektur SPBE (Perpres 95/2018, Perpres 132/2022), in document order. */
export const DOMAINS: readonly Domain[] = [
  { id: 'proses-bisnis', code: 'DAB', referenceArchitecture: 'RAB', label: msg('Proses Bisnis', 'Business Process'), color: '#b45309', icon: 'workflow' },
  { id: 'data', code: 'DAD', referenceArchitecture: 'RAD', label: msg('Data dan Informasi', 'Data and Information'), color: '#1d4ed8', icon: 'database' },
  { id: 'layanan', code: 'DAL', referenceArchitecture: 'RAL', label: msg('Layanan', 'Services'), color: '#047857', icon: 'service' },
  { id: 'aplikasi', code: 'DAA', referenceArchitecture: 'RAA', label: msg('Aplikasi', 'Applications'), color: '#7c3aed', icon: 'app' },
  { id: 'infrastruktur', code: 'DAI', referenceArchitecture: 'RAI', label: msg('Infrastruktur', 'Infrastructure'), color: '#475569', icon: 'server' },
  { id: 'keamanan', code: 'DAK', referenceArchitecture: 'RAK', label: msg('Keamanan', 'Security'), color: '#b91c1c', icon: 'shield' },
]

const byId = new Map(DOMAINS.map((d) => [d.id, d]))

export function domainById(id: DomainId): Domain {
  const d = byId.get(id)
  if (!d) throw new Error(`unknown domain ${id}`)
  return d
}

/** The domain whose reference architecture a catalogue code belongs to (RAA.01 -> aplikasi). */
export function domainOfReferenceCode(code: string): Domain | undefined {
  const prefix = code.slice(0, 3)
  return DOMAINS.find((d) => d.referenceArchitecture === prefix)
}

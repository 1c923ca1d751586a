import { msg, type Message } from '../../model/message.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { Muatan } from '../../model/project.ts'

/** The seven muatan of a Peta Rencana SPBE, in document order (codes PR.01..PR.07 are local). */
export const MUATAN: readonly { readonly id: Muatan; readonly code: string; readonly label: Message }[] = [
  { id: 'tata-kelola', code: 'PR.01', label: msg('Tata Kelola SPBE', 'SPBE Governance') },
  { id: 'manajemen', code: 'PR.02', label: msg('Manajemen SPBE', 'SPBE Management') },
  { id: 'layanan', code: 'PR.03', label: msg('Layanan SPBE', 'SPBE Services') },
  { id: 'infrastruktur', code: 'PR.04', label: msg('Infrastruktur SPBE', 'SPBE Infrastructure') },
  { id: 'aplikasi', code: 'PR.05', label: msg('Aplikasi SPBE', 'SPBE Applications') },
  { id: 'keamanan', code: 'PR.06', label: msg('Keamanan SPBE', 'SPBE Security') },
  { id: 'audit-tik', code: 'PR.07', label: msg('Audit Teknologi Informasi dan Komunikasi', 'ICT Audit') },
]

/** Where work on an element of a domain belongs; security audits go to Audit TIK. */
export function muatanOfElement(domain: DomainId, kind: string): Muatan {
  if (kind === 'audit-keamanan') return 'audit-tik'
  switch (domain) {
    case 'proses-bisnis':
      return 'tata-kelola'
    case 'data':
      return 'manajemen'
    default:
      return domain
  }
}

export function muatanInfo(id: Muatan): (typeof MUATAN)[number] {
  return MUATAN.find((m) => m.id === id)!
}

import { msg } from '../../model/message.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 2: a layanan that no aplikasi realises. An error for a layanan publik (citizens cannot
 * use it electronically), a warning for a layanan administrasi pemerintahan.
 */
/** The same advice for every finding of this rule: one object, shared. */
const REMEDY = msg('Bangun atau tetapkan aplikasi yang merealisasikan layanan ini', 'Build or assign an application that realises this service')

export const serviceWithoutApplication: ArchitectureRule = {
  id: 'service-without-application',
  severity: 'error',
  title: msg('Layanan tanpa aplikasi', 'Service without application'),
  description: msg(
    'Layanan SPBE yang tidak direalisasikan oleh aplikasi mana pun (galat untuk layanan publik, peringatan untuk layanan administrasi pemerintahan).',
    'An SPBE service realised by no application (an error for public services, a warning for government administration services).',
  ),
  check(view) {
    const findings: RuleFinding[] = []
    for (const s of view.ofKind('layanan-publik', 'layanan-administrasi')) {
      if (view.someIn(s.id, 'realizes')) continue
      const publik = s.kind === 'layanan-publik'
      findings.push({
        rule: serviceWithoutApplication.id, severity: publik ? 'error' : 'warning', stateId: view.state.id, elements: [s.id],
        message: publik
          ? msg(`Layanan publik ${s.name} belum direalisasikan oleh aplikasi apa pun`, `Public service ${s.name} is realised by no application`)
          : msg(`Layanan administrasi pemerintahan ${s.name} belum direalisasikan oleh aplikasi apa pun`, `Government administration service ${s.name} is realised by no application`),
        remedy: REMEDY,
      })
    }
    return findings
  },
}

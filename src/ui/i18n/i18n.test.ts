import { describe, expect, it } from 'vitest'
import { msg } from '../../model/message.ts'
import { messagesEn } from './messages.en.ts'
import { messagesId } from './messages.id.ts'
import { localized, placeholders, translate, type MessageKey } from './translate.ts'

describe('i18n catalogues', () => {
  const idKeys = Object.keys(messagesId).sort()
  const enKeys = Object.keys(messagesEn).sort()

  it('have exactly the same keys', () => {
    expect(enKeys).toEqual(idKeys)
  })

  it('have no empty or blank texts', () => {
    for (const [locale, cat] of [['id', messagesId], ['en', messagesEn]] as const) {
      const blank = Object.entries(cat).filter(([, text]) => text.trim() === '').map(([key]) => `${locale}:${key}`)
      expect(blank).toEqual([])
    }
  })

  it('use the same {placeholders} for each key', () => {
    const differing = idKeys
      .map((key) => key as MessageKey)
      .filter((key) => placeholders(messagesId[key]).join(',') !== placeholders(messagesEn[key]).join(','))
    expect(differing).toEqual([])
  })
})

describe('translate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translate('id', 'findings.shown', { shown: 50, total: 1234 })).toBe('Menampilkan 50 temuan pertama dari 1.234.')
    expect(translate('en', 'findings.shown', { shown: 50, total: 1234 })).toBe('Showing the first 50 of 1,234 findings.')
  })

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'error.file')).toBe('File: {file}')
    expect(translate('en', 'error.file', {})).toBe('File: {file}')
  })

  it('does not read $ patterns in values as replacement patterns', () => {
    expect(translate('en', 'error.file', { file: '$&.json' })).toBe('File: $&.json')
  })

  it('shows model messages in the chosen language', () => {
    const m = msg('Kode tidak dikenal', 'Unknown code')
    expect(localized(m, 'id')).toBe('Kode tidak dikenal')
    expect(localized(m, 'en')).toBe('Unknown code')
  })
})

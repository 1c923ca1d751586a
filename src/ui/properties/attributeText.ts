import type { AttributeDef } from '../../model/metamodel/types.ts'
import type { AttributeValue } from '../../model/project.ts'
import { formatNumber, localized, type Locale, type Translate } from '../i18n/translate.ts'

/**
 * An attribute value as a person reads it in a hint ("Saat ini: Luring"): enum labels in the
 * locale, yes/no, grouped numbers with their unit, names instead of ids.
 */
export function attributeText(
  def: AttributeDef, value: AttributeValue | undefined, locale: Locale, t: Translate, nameOf: (id: string) => string | undefined,
): string {
  if (value === undefined || value === '') return t('properties.emptyValue')
  switch (def.type) {
    case 'enum': {
      const option = def.options.find((o) => o.value === value)
      return option ? localized(option.label, locale) : String(value)
    }
    case 'boolean':
      return value === true ? t('properties.yes') : t('properties.no')
    case 'number':
      if (typeof value !== 'number') return String(value)
      return def.unit ? t('properties.number.readable', { unit: def.unit, value: formatNumber(locale, value) }) : formatNumber(locale, value)
    case 'reference':
      return nameOf(String(value)) ?? t('properties.unknownItem')
    default:
      return String(value)
  }
}

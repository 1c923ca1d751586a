import { kindsOfDomain } from '../../model/metamodel/metamodel.ts'
import { cellText } from '../../io/inventory/coerceValue.ts'
import type { FieldTarget } from '../../io/inventory/fieldNames.ts'
import { mappingProblems, type InventoryMapping } from '../../io/inventory/inventoryMapping.ts'
import type { InventoryTable } from '../../io/inventory/inventoryTable.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { fieldOptions, withColumn } from './inventoryFields.ts'

const SAMPLE_ROWS = 3

/**
 * Step 2: every column of the file with a few of its values and a select for where it goes,
 * started from suggestMapping's guess. The mapping's problems (no name column, two columns to
 * one field) are listed live, and the preview waits until there are none.
 */
export function InventoryMappingStep({ table, mapping, onChange }: {
  readonly table: InventoryTable
  readonly mapping: InventoryMapping
  readonly onChange: (mapping: InventoryMapping) => void
}) {
  const t = useT()
  const locale = useLocale()
  const { core, attributes } = fieldOptions(mapping.domain, t, locale)
  const problems = mappingProblems(mapping)
  return (
    <>
      <p>{t('io.inventory.mapping.intro', { rows: table.rows.length, file: table.file })}</p>
      <div className="table-scroll io-mapping">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('io.inventory.mapping.column')}</th>
              <th scope="col">{t('io.inventory.mapping.sample')}</th>
              <th scope="col">{t('io.inventory.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {table.header.map((header, i) => {
              if (!header) return null
              const sample = table.rows.slice(0, SAMPLE_ROWS).map((r) => cellText(r.cells[i])).filter(Boolean).join(' · ')
              return (
                <tr key={`${i}-${header}`}>
                  <th scope="row">{header}</th>
                  <td className="io-mapping__sample" title={sample}>{sample}</td>
                  <td>
                    <select
                      aria-label={t('io.inventory.mapping.targetFor', { column: header })}
                      value={mapping.columns[header] ?? ''}
                      onChange={(e) => onChange(withColumn(mapping, header, (e.target.value || undefined) as FieldTarget | undefined))}
                    >
                      <option value="">{t('io.inventory.mapping.skip')}</option>
                      <optgroup label={t('io.inventory.mapping.core')}>
                        {core.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                      </optgroup>
                      {attributes.length > 0 && (
                        <optgroup label={t('io.inventory.mapping.attributes')}>
                          {attributes.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                        </optgroup>
                      )}
                    </select>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="io-options">
        <label className="io-field">
          {t('io.inventory.mapping.kind')}
          <select value={mapping.kind} onChange={(e) => onChange({ ...mapping, kind: e.target.value })}>
            {kindsOfDomain(mapping.domain).map((k) => <option key={k.id} value={k.id}>{k.label[locale]}</option>)}
          </select>
        </label>
        <label className="io-check">
          <input type="checkbox" checked={mapping.createMissingOpd !== false} onChange={(e) => onChange({ ...mapping, createMissingOpd: e.target.checked })} />
          {t('io.inventory.mapping.createOpd')}
        </label>
      </div>
      {problems.length > 0 && (
        <div className="io-problems" role="alert">
          {t('io.inventory.mapping.problems')}
          <ul>{problems.map((p, i) => <li key={i}>{p[locale]}</li>)}</ul>
        </div>
      )}
    </>
  )
}

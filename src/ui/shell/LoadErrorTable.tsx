import type { LoadError } from '../../model/file/loadError.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'

/** The problems of a file that could not be loaded: where (path or line:column) and what, in the UI language. */
export function LoadErrorTable({ errors, className }: { readonly errors: readonly LoadError[]; readonly className?: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'}>
      <table className="data-table error-table">
        <thead>
          <tr>
            <th scope="col">{t('error.column.path')}</th>
            <th scope="col">{t('error.column.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td><code>{e.path}</code></td>
              <td>{localized(e.message, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { useRef } from 'react'
import { useT } from '../i18n/locale.ts'

/** A button that opens the file picker for a `*.cetakbiru.json`; the input itself stays hidden. */
export function ImportFileButton({ busy, onFile }: { readonly busy: boolean; readonly onFile: (file: File) => void }) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Cleared, so choosing the same file again (after fixing it) fires a change again.
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => input.current?.click()}>
        {t('projects.new.file.action')}
      </button>
    </>
  )
}

/** A drawing pin: marks a kegiatan whose start year the user fixed (drawn, so it looks the same without an emoji font). */
export function PinIcon({ className }: { readonly className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M5 1.5h6l-1 1.5v3.2l2.3 2.3v1.3H8.7V15L8 16l-.7-1V9.8H3.7V8.5L6 6.2V3z" fill="currentColor" />
    </svg>
  )
}

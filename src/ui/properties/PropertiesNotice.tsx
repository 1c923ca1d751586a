/** The panel when there is nothing to edit: no selection, a deleted element, an unknown kind. */
export function PropertiesNotice({ title, body, detail }: { readonly title: string; readonly body: string; readonly detail?: string }) {
  return (
    <section className="props props--notice" aria-label={title}>
      <h2 className="props__notice-title">{title}</h2>
      <p>{body}</p>
      {detail && <p className="muted">{detail}</p>}
    </section>
  )
}

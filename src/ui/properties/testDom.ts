import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'

/**
 * Just enough of a user for component tests under happy-dom, without @testing-library: render,
 * find fields by their label, type (the way React sees it), pick, click and press keys.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

export interface Screen {
  readonly container: HTMLElement
  render(node: ReactNode): Promise<void>
  unmount(): Promise<void>
  text(): string
}

export function createScreen(): Screen {
  const container = document.createElement('div')
  document.body.append(container)
  let root: Root | undefined = createRoot(container)
  return {
    container,
    async render(node) {
      await act(async () => root!.render(node))
    },
    async unmount() {
      await act(async () => root?.unmount())
      root = undefined
      container.remove()
    },
    text: () => container.textContent ?? '',
  }
}

/** The control a label points at, found by the label's text (the required * ignored). */
export function field<T extends HTMLElement = HTMLInputElement>(scope: HTMLElement, label: string): T {
  const labels = [...scope.querySelectorAll('label')].filter((l) => (l.textContent ?? '').replace(/\*$/, '').trim() === label)
  if (labels.length !== 1) throw new Error(`expected one label "${label}", found ${labels.length}`)
  const control = scope.ownerDocument.getElementById(labels[0]!.htmlFor)
  if (!control) throw new Error(`label "${label}" points at nothing`)
  return control as T
}

/** The field row around a control: its hints, notes and errors. */
export function rowOf(control: HTMLElement): HTMLElement {
  return control.closest('.prop-field') as HTMLElement
}

// React tracks the value it last rendered; the prototype's setter bypasses that tracking, so
// React sees the change as a user's.
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value)
}

/** Types into a field without leaving it. */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    el.focus()
    setNativeValue(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

export async function blur(el: HTMLElement): Promise<void> {
  await act(async () => el.blur())
}

/** Types into a field and leaves it, which commits. */
export async function fill(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await typeInto(el, value)
  await blur(el)
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    setNativeValue(select, value)
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click')
  await act(async () => (el as HTMLElement).click())
}

export async function press(el: HTMLElement, key: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

export function buttonByText(scope: HTMLElement, text: string): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
}

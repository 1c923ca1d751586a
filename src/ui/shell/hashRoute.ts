import { useSyncExternalStore } from 'react'

/**
 * The app's pages live in the URL hash (`#/`, `#/p/<id>` a project in this browser, `#/s/<id>` a
 * project on the sync server), so the static server needs no routes, reload keeps the page, and
 * the browser's back button moves between list and project. `#token=` and `#undangan=` are
 * sign-in links, handled (and removed from the address) by the app shell.
 */
export type Route =
  | { readonly page: 'projects' }
  | { readonly page: 'project'; readonly id: string }
  | { readonly page: 'server'; readonly id: string }

/** Project ids are file ids (model/file/projectSchema.ts), safe in a URL as they are. */
const PROJECT_ROUTE = /^#\/p\/([A-Za-z0-9_-]{1,64})\/?$/
const SERVER_ROUTE = /^#\/s\/([A-Za-z0-9][A-Za-z0-9_-]{0,63})\/?$/

export function parseRoute(hash: string): Route {
  const project = PROJECT_ROUTE.exec(hash)
  if (project) return { page: 'project', id: project[1]! }
  const server = SERVER_ROUTE.exec(hash)
  return server ? { page: 'server', id: server[1]! } : { page: 'projects' }
}

export function routeHref(route: Route): string {
  return route.page === 'project' ? `#/p/${route.id}` : route.page === 'server' ? `#/s/${route.id}` : '#/'
}

/** Goes to `route`; `replace` leaves no history entry (an automatic redirect, not a click). */
export function navigate(route: Route, options: { readonly replace?: boolean } = {}): void {
  const href = routeHref(route)
  if (options.replace) {
    // replaceState fires no hashchange of its own: announce it, so useRoute follows.
    const oldURL = window.location.href
    window.history.replaceState(window.history.state, '', href)
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }))
  } else {
    window.location.hash = href
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = (): string => window.location.hash

/** The route in the address bar now; re-renders when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '')
  // parseRoute returns a new object each call: callers compare `page` and `id`, not identity.
  return parseRoute(hash)
}

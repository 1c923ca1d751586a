import { useEffect, useSyncExternalStore } from 'react'
import { parseSignInHash, storeToken, type HashSignIn } from '../../sync/serverSession.ts'
import { navigate } from '../shell/hashRoute.ts'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/**
 * Handles sign-in links. `#token=<jwt>` is stored at once and removed from the address (with
 * replaceState: no history entry keeps it, so it is not bookmarked or shared by accident); a
 * project token opens its project. `#undangan=<code>` is returned for the invite page to exchange.
 */
export function useSignInHash(): HashSignIn | undefined {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '')
  const signIn = parseSignInHash(hash)
  const token = signIn?.kind === 'token' ? signIn.token : undefined
  useEffect(() => {
    if (!token) return
    const info = storeToken(token)
    navigate(info && info.project !== '*' ? { page: 'server', id: info.project } : { page: 'projects' }, { replace: true })
  }, [token])
  return signIn
}

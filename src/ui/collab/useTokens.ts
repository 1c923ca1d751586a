import { useMemo, useSyncExternalStore } from 'react'
import { readToken, sessionToken, subscribeTokens, tokensVersion, type TokenInfo } from '../../sync/serverSession.ts'

/** Re-renders when a token is stored or forgotten (here or in another tab). */
export function useTokensVersion(): number {
  return useSyncExternalStore(subscribeTokens, tokensVersion, () => 0)
}

/** The signed-in session (the owner's sign-in link), if any and not expired. */
export function useSession(): { readonly token: string; readonly info: TokenInfo } | undefined {
  const version = useTokensVersion()
  return useMemo(() => {
    void version
    const token = sessionToken()
    const info = token ? readToken(token) : undefined
    return token && info ? { token, info } : undefined
  }, [version])
}

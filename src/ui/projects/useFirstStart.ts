import { useEffect, useState } from 'react'
import { seedExampleOnFirstStart } from '../../sync/firstStart.ts'
import { repairProjectIndex } from '../../sync/localProjects.ts'
import { navigate } from '../shell/hashRoute.ts'
import { fetchExampleText } from './exampleProject.ts'
import { errorNotice, type Notice } from './notice.ts'

/**
 * Runs once when the list is shown: rebuilds missing list rows, and on the very first start of
 * this browser imports the example and opens it (the product starts with the example).
 * `checking` stays true until then, so the empty state does not flash before the example opens.
 * Someone signed in to a sync server came for the server's projects: they are not sent away.
 */
export function useFirstStart(signedIn = false): { readonly checking: boolean; readonly notice: Notice | undefined } {
  const [checking, setChecking] = useState(true)
  const [notice, setNotice] = useState<Notice>()
  useEffect(() => {
    let cancelled = false
    const run = async (): Promise<void> => {
      await repairProjectIndex()
      if (signedIn) return
      const seeded = await seedExampleOnFirstStart(() => fetchExampleText())
      if (cancelled) return
      if (seeded?.ok) navigate({ page: 'project', id: seeded.id }, { replace: true })
      // A refused example is a fault of this build, not of the person: say so plainly.
      else if (seeded) setNotice(errorNotice(new Error(seeded.errors.map((e) => `${e.path}: ${e.message.en}`).join('; '))))
    }
    run()
      .catch((e: unknown) => {
        if (!cancelled) setNotice(errorNotice(e))
      })
      .finally(() => {
        if (!cancelled) setChecking(false)
      })
    return () => {
      cancelled = true
    }
    // Once per mount: signing in later does not re-run it.
  }, [])
  return { checking, notice }
}

import { useState } from 'react'
import { ApiError } from './index'

export interface Outcome {
  kind: 'ok' | 'error'
  text: string
}

/**
 * Runs one change at a time: says in words what was done (or the error's plain message) and reloads the page's
 * data. A second press while the first is under way does nothing.
 */
export function useSubmit(reload?: () => Promise<void>, failText = '没有办成，请再试一次') {
  const [result, setResult] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async <T>(run: () => Promise<T>, done: (answer: T) => string): Promise<T | undefined> => {
    if (busy) return undefined
    setBusy(true)
    try {
      const answer = await run()
      setResult({ kind: 'ok', text: done(answer) })
      await reload?.()
      return answer
    } catch (e) {
      setResult({ kind: 'error', text: e instanceof ApiError ? e.message : failText })
      return undefined
    } finally {
      setBusy(false)
    }
  }
  return { result, busy, submit }
}

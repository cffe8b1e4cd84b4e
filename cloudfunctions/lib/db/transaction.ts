// Every transaction of the product goes through here. CloudBase raises a write conflict at the write (another open
// transaction wrote the document, or it changed since this one began); through wx-server-sdk that error arrives as
// `errCode -501001` with only the platform's words, and the SDK's own retry (which looks for the code) never
// happens. So the callback is run again here, recognising the conflict by its words, a little later each time.
import { db } from './cloud'
import type { Transaction } from './types'
import { isTransactionConflict } from './conflict'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `callback` in a transaction, again after a conflict, at most `tries` times in all (a provider's day or a
 * cadre's card is shared by everyone booking it, so contended writers pass a larger number).
 */
export async function runTransaction<T>(callback: (tx: Transaction) => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // 0: the SDK does not retry on its own; every retry is made here, the same way whatever raised the conflict.
      return await db.runTransaction(callback, 0)
    } catch (e) {
      if (attempt >= tries || !isTransactionConflict(e)) throw e
      await pause(Math.random() * 20 * attempt)
    }
  }
}

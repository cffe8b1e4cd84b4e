// Every transaction of the product goes through here. CloudBase raises a write conflict at the write (another open
// transaction wrote the document, or it changed since this one began); through wx-server-sdk that error arrives as
// `errCode -501001` with only the platform's words, and the SDK's own retry (which looks for the code) never
// happens. So the callback is run again here, recognising the conflict by its words, a little later each time.
//
// Waits: the SDK sends each operation of a transaction as its own request carrying the transaction's id, so
// independent ones may go out together. The platform's database is MongoDB, where the first operation is the one
// that begins the transaction on the server (and fixes its snapshot), and MongoDB calls operations racing inside
// one transaction undefined; later operations wait their turn for the session on the server. So here the first
// operation goes alone and the others, sent together, wait for it (README § 架构上的说明). A transaction may also be
// started ahead, beside the router's reads, so that starting it costs no wait of its own.
import { db } from './cloud'
import type { Transaction } from './types'
import { isTransactionConflict } from './conflict'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A transaction begun before its action knew it would use it; the first runTransaction of the call takes it. */
export interface Ahead {
  tx: Promise<Transaction>
  taken: boolean
}

export function startAhead(): Ahead {
  const tx = db.startTransaction()
  // Never left as an unhandled rejection: the action that takes it meets the error itself.
  tx.catch(() => undefined)
  return { tx, taken: false }
}

/** Ends a transaction begun ahead that the action did not take (it failed first, or had nothing to write). */
export async function endAhead(ahead: Ahead | undefined): Promise<void> {
  if (!ahead || ahead.taken) return
  ahead.taken = true
  await ahead.tx.then((tx) => tx.rollback()).catch(() => undefined)
}

/**
 * Runs `callback` in a transaction, again after a conflict, at most `tries` times in all (a provider's day or a
 * cadre's card is shared by everyone booking it, so contended writers pass a larger number). The first try uses
 * the transaction begun `ahead`, when there is one.
 */
export async function runTransaction<T>(callback: (tx: Transaction) => Promise<T>, tries = 3, ahead?: Ahead): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const begun = ahead && !ahead.taken ? ahead.tx : db.startTransaction()
    if (ahead) ahead.taken = true
    const tx = await begun
    try {
      const result = await callback(firstAlone(tx))
      await tx.commit()
      return result
    } catch (e) {
      await tx.rollback().catch(() => undefined)
      if (attempt >= tries || !isTransactionConflict(e)) throw e
      await pause(Math.random() * 20 * attempt)
    }
  }
}

/** The transaction with its first operation sent alone; every later one waits for that one, then goes at once. */
function firstAlone(tx: Transaction): Transaction {
  let first: Promise<unknown> | undefined
  const send = <T>(op: () => Promise<T>): Promise<T> => {
    if (first) return first.then(op)
    const sent = op()
    first = sent.catch(() => undefined)
    return sent
  }
  return {
    collection(name) {
      const c = tx.collection(name)
      return {
        doc(id) {
          const d = c.doc(id)
          return {
            get: () => send(() => d.get()),
            update: (o) => send(() => d.update(o)),
            set: (o) => send(() => d.set(o)),
            remove: () => send(() => d.remove()),
          }
        },
        add: (o) => send(() => c.add(o)),
      }
    },
    commit: () => tx.commit(),
    rollback: (reason) => tx.rollback(reason),
  }
}

// CloudBase transactions: a snapshot taken at start, single-document operations by _id, and
// first-committer-wins: a transaction whose written documents were changed by anyone else after it started
// is aborted at commit with DATABASE_TRANSACTION_CONFLICT. The conflict is reported at commit because that
// is the one answer wx-server-sdk's runTransaction sees with its code intact (errors from operations inside
// the callback reach it re-wrapped without `code`), so that is where it retries the callback.
import { randomUUID } from 'node:crypto'
import type { Doc } from './ejson'
import { CloudError, conflict } from './errors'
import { keyOf, type Store, type Write } from './store'

const IDLE_LIMIT_MS = 30_000

interface Tx {
  id: string
  startSeq: number
  /** Pre-images of documents other writers committed after this transaction started. */
  snapshot: Map<string, Doc | null>
  writes: Map<string, Write>
  touched: number
}

export class Transactions {
  private readonly txs = new Map<string, Tx>()
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly store: Store) {
    store.onCommit((writes, before) => {
      writes.forEach((w, i) => {
        const key = keyOf(w.c, w.id)
        for (const tx of this.txs.values()) if (!tx.snapshot.has(key)) tx.snapshot.set(key, before[i])
      })
    })
    this.sweeper = setInterval(() => this.expireIdle(), 5_000)
    this.sweeper.unref()
  }

  start(): string {
    const id = randomUUID()
    this.txs.set(id, { id, startSeq: this.store.seq, snapshot: new Map(), writes: new Map(), touched: Date.now() })
    return id
  }

  /** The transaction's own write if any, else the document as it was when the transaction started. */
  read(txId: string, c: string, id: string): Doc | null {
    const tx = this.tx(txId)
    const key = keyOf(c, id)
    const own = tx.writes.get(key)
    if (own) return own.doc
    if (tx.snapshot.has(key)) return tx.snapshot.get(key) ?? null
    return this.store.get(c, id) ?? null
  }

  write(txId: string, c: string, id: string, doc: Doc | null): void {
    this.tx(txId).writes.set(keyOf(c, id), { c, id, doc })
  }

  commit(txId: string): void {
    const tx = this.tx(txId)
    this.txs.delete(txId)
    const writes = [...tx.writes.values()]
    const stale = writes.find((w) => this.store.lastWriteSeq(w.c, w.id) > tx.startSeq)
    if (stale) throw conflict(`${stale.c}/${stale.id}`)
    this.store.commit(writes)
  }

  abort(txId: string): void {
    this.txs.delete(txId)
  }

  close(): void {
    clearInterval(this.sweeper)
  }

  private tx(txId: string): Tx {
    const tx = this.txs.get(txId)
    if (!tx) throw new CloudError('DATABASE_TRANSACTION_FAIL', `Transaction ${txId} is not active`)
    tx.touched = Date.now()
    return tx
  }

  private expireIdle(): void {
    const now = Date.now()
    for (const tx of this.txs.values()) if (now - tx.touched > IDLE_LIMIT_MS) this.txs.delete(tx.id)
  }
}

// CloudBase transactions: a snapshot taken at start, single-document operations by _id, and conflicts raised
// where the platform raises them — at the write: writing a document that another open transaction has written,
// or that anyone changed after this transaction began, fails at once with DATABASE_TRANSACTION_CONFLICT (the
// official SDK tests "冲突检测" and "读偏"). Through wx-server-sdk such an error arrives without its code, so the
// product retries by the words (cloudfunctions/lib/db/transaction.ts). Commit checks once more.
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
    const tx = this.tx(txId)
    const key = keyOf(c, id)
    if (this.store.lastWriteSeq(c, id) > tx.startSeq) throw conflict(`${c}/${id} changed since the transaction began`)
    for (const other of this.txs.values())
      if (other !== tx && other.writes.has(key)) throw conflict(`${c}/${id} written by another open transaction`)
    tx.writes.set(key, { c, id, doc })
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
    if (!tx) throw new CloudError('DATABASE_TRANSACTION_FAIL', `[FailedOperation.TransactionNotExist] Transaction ${txId} does not exist`)
    tx.touched = Date.now()
    return tx
  }

  private expireIdle(): void {
    const now = Date.now()
    for (const tx of this.txs.values()) if (now - tx.touched > IDLE_LIMIT_MS) this.txs.delete(tx.id)
  }
}

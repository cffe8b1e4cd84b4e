// CloudBase transactions: a snapshot taken at start, single-document operations by _id, and first-writer-wins
// conflict detection — the later writer's transaction is aborted and answered DATABASE_TRANSACTION_CONFLICT,
// which is the one answer that makes the SDK's runTransaction run its callback again.
import { randomUUID } from 'node:crypto'
import type { Doc } from './ejson'
import { CloudError, conflict } from './errors'
import { keyOf, type Store, type Write } from './store'

const IDLE_LIMIT_MS = 30_000
const LOCK_WAIT_MS = 5_000

interface Tx {
  id: string
  startSeq: number
  /** Pre-images of documents other writers committed after this transaction started. */
  snapshot: Map<string, Doc | null>
  writes: Map<string, Write>
  uniqueClaims: string[]
  touched: number
}

export class Transactions {
  private readonly txs = new Map<string, Tx>()
  private readonly locks = new Map<string, string>()
  private readonly uniqueLocks = new Map<string, string>()
  private waiters: (() => void)[] = []
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly store: Store) {
    store.onCommit((writes, before) => {
      writes.forEach((w, i) => {
        const key = keyOf(w.c, w.id)
        for (const tx of this.txs.values()) {
          if (!tx.snapshot.has(key) && !tx.writes.has(key)) tx.snapshot.set(key, before[i])
        }
      })
    })
    this.sweeper = setInterval(() => this.expireIdle(), 5_000)
    this.sweeper.unref()
  }

  get active(): number {
    return this.txs.size
  }

  start(): string {
    const id = randomUUID()
    this.txs.set(id, {
      id,
      startSeq: this.store.seq,
      snapshot: new Map(),
      writes: new Map(),
      uniqueClaims: [],
      touched: Date.now(),
    })
    return id
  }

  read(txId: string, c: string, id: string): Doc | null {
    const tx = this.tx(txId)
    const key = keyOf(c, id)
    const own = tx.writes.get(key)
    if (own) return own.doc
    if (tx.snapshot.has(key)) return tx.snapshot.get(key) ?? null
    return this.store.get(c, id) ?? null
  }

  /** Stages a write; the later of two conflicting writers is aborted here. */
  write(txId: string, c: string, id: string, doc: Doc | null): void {
    const tx = this.tx(txId)
    const key = keyOf(c, id)
    const holder = this.locks.get(key)
    if ((holder && holder !== txId) || this.store.lastWriteSeq(c, id) > tx.startSeq) {
      this.abort(txId)
      throw conflict(`${c}/${id}`)
    }
    if (doc) {
      for (const [ix, k] of this.store.uniqueKeys(c, doc)) {
        const slot = `${ix}\u0000${k}`
        const other = this.uniqueLocks.get(slot)
        if (other && other !== txId) {
          this.abort(txId)
          throw conflict(`${ix} ${k}`)
        }
        this.uniqueLocks.set(slot, txId)
        tx.uniqueClaims.push(slot)
      }
    }
    this.locks.set(key, txId)
    tx.writes.set(key, { c, id, doc })
  }

  commit(txId: string): void {
    const tx = this.tx(txId)
    try {
      this.store.commit([...tx.writes.values()])
    } finally {
      this.release(tx)
    }
  }

  abort(txId: string): void {
    const tx = this.txs.get(txId)
    if (tx) this.release(tx)
  }

  /** Non-transactional writes wait for a transaction holding their documents to finish, as in MongoDB. */
  async waitUnlocked(keys: string[]): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS
    while (keys.some((k) => this.locks.has(k))) {
      if (Date.now() > deadline) throw conflict(keys.find((k) => this.locks.has(k)) ?? '')
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
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

  private release(tx: Tx): void {
    this.txs.delete(tx.id)
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx.id) this.locks.delete(key)
    for (const slot of tx.uniqueClaims) if (this.uniqueLocks.get(slot) === tx.id) this.uniqueLocks.delete(slot)
    const waiting = this.waiters
    this.waiters = []
    for (const wake of waiting) wake()
  }

  private expireIdle(): void {
    const now = Date.now()
    for (const tx of this.txs.values()) if (now - tx.touched > IDLE_LIMIT_MS) this.release(tx)
  }
}

// The promise-style part of wx-server-sdk's database API this project uses, typed. The SDK's own
// declarations mix in callback styles (every result is `T | void | string`), which hides mistakes.
export type Query = Record<string, unknown>
export type StoredDoc = Record<string, unknown> & { _id: string }

/** An operator built by `db.command` (e.g. `_.gte(80)`); opaque to our code. */
export interface Operator {
  readonly __brand?: 'operator'
}

export interface Command {
  eq(v: unknown): Operator
  neq(v: unknown): Operator
  gt(v: unknown): Operator
  gte(v: unknown): Operator
  lt(v: unknown): Operator
  lte(v: unknown): Operator
  in(v: unknown[]): Operator
  nin(v: unknown[]): Operator
  exists(v: boolean): Operator
  and(q: (Query | Operator)[]): Operator
  or(q: (Query | Operator)[]): Operator
  inc(n: number): Operator
  mul(n: number): Operator
  set(v: unknown): Operator
  remove(): Operator
  push(v: unknown): Operator
  pull(v: unknown): Operator
  addToSet(v: unknown): Operator
}

export interface Written {
  stats: { updated: number }
}

export interface QueryRef {
  where(q: Query | Operator): QueryRef
  orderBy(field: string, direction: 'asc' | 'desc'): QueryRef
  skip(n: number): QueryRef
  limit(n: number): QueryRef
  field(projection: Record<string, boolean>): QueryRef
  get(): Promise<{ data: StoredDoc[] }>
  count(): Promise<{ total: number }>
  update(o: { data: Query }): Promise<Written>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocRef {
  get(): Promise<{ data: StoredDoc }>
  update(o: { data: Query }): Promise<Written>
  set(o: { data: Query }): Promise<unknown>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface CollectionRef extends QueryRef {
  doc(id: string): DocRef
  add(o: { data: Query }): Promise<{ _id: string }>
}

export interface TxDocRef {
  /** Rejects when the document does not exist (use readInTx). */
  get(): Promise<{ data: StoredDoc }>
  update(o: { data: Query }): Promise<unknown>
  set(o: { data: Query }): Promise<unknown>
  remove(): Promise<unknown>
}

export interface Transaction {
  collection(name: string): { doc(id: string): TxDocRef; add(o: { data: Query }): Promise<unknown> }
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}

export interface Database {
  command: Command
  collection(name: string): CollectionRef
  serverDate(o?: { offset: number }): unknown
  RegExp(o: { regexp: string; options?: string }): unknown
  runTransaction<T>(callback: (tx: Transaction) => Promise<T>, times?: number): Promise<T>
  startTransaction(): Promise<Transaction>
  createCollection(name: string): Promise<unknown>
}

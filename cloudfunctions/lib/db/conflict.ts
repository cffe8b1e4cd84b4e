// A write conflict as it reaches a function: with its code (a commit), or only as the platform's words in errMsg
// (an operation inside the transaction, re-wrapped by wx-server-sdk as errCode -501001).
const CONFLICT = /TransactionConflict|DATABASE_TRANSACTION_CONFLICT|transaction (write )?conflict|transaction is conflict/i

export function isTransactionConflict(e: unknown): boolean {
  const err = e as { code?: string; errMsg?: string; message?: string } | null
  return CONFLICT.test(`${err?.code ?? ''} ${err?.errMsg ?? ''} ${err?.message ?? ''}`)
}

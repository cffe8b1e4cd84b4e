// Error codes the SDK knows. Only DATABASE_TRANSACTION_CONFLICT makes runTransaction retry its callback.
export type CloudErrorCode =
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'FUNCTIONS_EXECUTE_FAIL'
  | 'SYS_ERR'

export class CloudError extends Error {
  constructor(
    readonly code: CloudErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** The platform's words for a write conflict; through wx-server-sdk only these words reach the caller (errMsg). */
export const conflict = (what: string) =>
  new CloudError(
    'DATABASE_TRANSACTION_CONFLICT',
    `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others (${what})`,
  )

export const duplicateKey = (collection: string, index: string, key: string) =>
  new CloudError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`)

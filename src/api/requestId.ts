/** An idempotency key per filled-in form: pressing twice, or retrying after a lost answer, records it once. */
export const newRequestId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

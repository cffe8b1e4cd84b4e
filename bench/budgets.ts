// The budgets of ARCHITECTURE.md, in one place for the bench (which prints them) and the tests that
// hold the deterministic ones (sizes).
export const KB = 1024

export const BUDGETS = {
  weappMainBytes: 600 * KB,
  weappSubpackageBytes: 500 * KB,
  functionBundleBytes: 300 * KB,
  homeCalls: 1,
  roundTrips: { book: 6, cancel: 5, signUp: 4, cardBalance: 2 } as Record<string, number>,
}

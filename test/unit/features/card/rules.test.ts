import fc from 'fast-check'
import {
  applyEntry,
  available,
  sumEntries,
  unusedAllowance,
  type EntryKind,
  type Money,
} from '../../../../cloudfunctions/lib/features/card/rules'

const KINDS: EntryKind[] = ['issue', 'topup', 'hold', 'capture', 'release', 'refund', 'adjust', 'expire']

describe('the service-card ledger', () => {
  it('never lets available money go below zero, and releases only what is held', () => {
    const card: Money = { balanceFen: 3000, heldFen: 1500 }
    expect(applyEntry(card, 'hold', 1500)).toEqual({ balanceFen: 3000, heldFen: 3000 })
    expect(applyEntry(card, 'hold', 1501)).toBe('INSUFFICIENT')
    expect(applyEntry(card, 'capture', 1500)).toEqual({ balanceFen: 1500, heldFen: 0 })
    expect(applyEntry(card, 'release', 1600)).toBe('NOTHING_HELD')
    expect(applyEntry(card, 'adjust', -1600)).toBe('INSUFFICIENT')
    expect(applyEntry(card, 'topup', 0)).toBe('AMOUNT')
    expect(applyEntry(card, 'refund', 10.5)).toBe('AMOUNT')
  })

  it('keeps the account equal to the sum of its entries over any sequence, with replays applied once (fast-check)', () => {
    const step = fc.record({
      key: fc.integer({ min: 0, max: 12 }).map((n) => `k${n}`),
      kind: fc.constantFrom(...KINDS),
      amountFen: fc.integer({ min: -5000, max: 5000 }),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const written = new Map<string, { kind: EntryKind; amountFen: number }>()
        let account: Money = { balanceFen: 0, heldFen: 0 }
        for (const s of steps) {
          // The key is the entry's id: a replay finds it and changes nothing.
          if (written.has(s.key)) continue
          const next = applyEntry(account, s.kind, s.amountFen)
          if (typeof next === 'string') continue
          written.set(s.key, s)
          account = next
          expect(account).toEqual(sumEntries([...written.values()]))
          expect(account.balanceFen).toBeGreaterThanOrEqual(0)
          expect(account.heldFen).toBeGreaterThanOrEqual(0)
          expect(available(account)).toBeGreaterThanOrEqual(0)
        }
      }),
      { seed: 20261123, numRuns: 500 },
    )
  })
})

describe('what expires at year end', () => {
  const at = (year: number) => new Date(`${year}-06-01T00:00:00Z`)
  const yearOf = (d: Date) => d.getUTCFullYear()
  const entries = [
    { kind: 'issue' as const, amountFen: 30000, at: at(2026) },
    { kind: 'topup' as const, amountFen: 20000, at: at(2026) },
    { kind: 'capture' as const, amountFen: 12000, at: at(2026) },
    { kind: 'refund' as const, amountFen: 2000, at: at(2026) },
    { kind: 'capture' as const, amountFen: 5000, at: at(2025) },
  ]

  it('is the year’s allowance less what services took from it, never the family’s top-up', () => {
    // 300 issued − (120 spent − 20 refunded) = 200 unused; 400 available covers it.
    expect(unusedAllowance(entries, 2026, yearOf, { balanceFen: 40000, heldFen: 0 })).toBe(20000)
  })

  it('is never more than what is available, so money held for a booking stays', () => {
    expect(unusedAllowance(entries, 2026, yearOf, { balanceFen: 40000, heldFen: 25000 })).toBe(15000)
  })

  it('is nothing when services took the whole allowance', () => {
    const spentAll = [...entries, { kind: 'capture' as const, amountFen: 40000, at: at(2026) }]
    expect(unusedAllowance(spentAll, 2026, yearOf, { balanceFen: 10000, heldFen: 0 })).toBe(0)
  })
})

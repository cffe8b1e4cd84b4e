// A valid input for each ledger action, made fresh for each call (the gates call every action as every caller).
import type { ledgerContracts } from '../../../../cloudfunctions/lib/features/ledger/contract'
import type { Fixture } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'
import { monthOf } from '../../../../cloudfunctions/lib/features/stats/figures.rules'

export const ledgerFixtures: { [A in keyof typeof ledgerContracts]: Fixture<A> } = {
  'ledger.export': async () => ({ input: { period: 'month', month: monthOf(hostNow()) } }),
}

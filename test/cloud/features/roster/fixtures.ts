// A valid input for each roster action, made fresh for each call (the gates call every action as every caller).
import type { rosterContracts } from '../../../../cloudfunctions/lib/features/roster/contract'
import { type Fixture, STAFF, KNOWN_ROWS, newCadre, rosterCsv, uploadSheet } from '../../../support/arrange'
import { TARGET_CADRE } from '../../../support/callers'

export const rosterFixtures: { [A in keyof typeof rosterContracts]: Fixture<A> } = {
  // The phone is what every caller allowed may correct; its last four digits stay, as binding by them relies on.
  'cadre.update': async (cloud) => {
    const { record } = await cloud.ok(STAFF, 'cadre.get', { cadreId: TARGET_CADRE })
    return { input: { cadreId: TARGET_CADRE, rev: record!.rev, phone: record!.phone === '13805741234' ? '13905741234' : '13805741234' } }
  },
  'cadre.history': async () => ({ input: { cadreId: TARGET_CADRE } }),
  // A cadre of its own, so the roster the other gates read stays as it was.
  'cadre.setStatus': async (cloud) => ({ input: { cadreId: (await newCadre(cloud)).id, rev: 0, status: '长期住院' } }),
  'cadre.transfer': async (cloud) => ({ input: { cadreId: (await newCadre(cloud)).id, rev: 0, toCommunityId: 'c-xinghua' } }),
  'transfer.list': async () => ({ input: {} }),
  // Moving to 杏花社区: its staff accept; anyone else finds no such request.
  'cadre.acceptTransfer': async (cloud) => {
    const { id } = await newCadre(cloud)
    await cloud.ok(STAFF, 'cadre.transfer', { cadreId: id, rev: 0, toCommunityId: 'c-xinghua' })
    return { input: { cadreId: id } }
  },
  'community.list': async () => ({ input: {} }),
  'grid.list': async () => ({ input: {} }),
  // The second grid keeps its keeper (黄伟) and gains a street.
  'grid.save': async () => ({
    input: {
      gridId: 'grid-taoyuan-2',
      name: '桃园二网格',
      streets: ['桃园西路', '杏林巷', '花园弄'],
      staffId: 'demo-staff-huangwei',
      volunteers: [],
    },
  }),
  'roster.template': async () => ({ input: {} }),
  // A file of two cadres of 桃园社区 already on the roster, checked only: nothing is written.
  'roster.import': async (cloud) => ({ input: { ticket: (await uploadSheet(cloud, STAFF, rosterCsv(KNOWN_ROWS))).ticket, commit: false } }),
  'roster.export': async () => ({ input: { ageBand: '80' } }),
}

// A busy year of one 1,000-cadre community for the 台帐 benchmark: what its staff, providers and cadres would leave
// behind by December — four visits and six home services a cadre (each with its card entries), ten reads, three
// sign-ups, 住院 and other reports, 一键通 calls, and weekly 结对 contacts: about 45,000 documents.
import type { LocalCloud } from '../test/support/localcloud'
import { sdkFor } from '../test/support/localcloud'

const BATCH = 1000

/** A moment in the first eleven months of `year`, spread evenly by `i` of `n`. */
const momentIn = (year: number, i: number, n: number) => new Date(Date.UTC(year, 0, 1) + Math.floor((i / n) * 330 * 86_400_000))
const dayIn = (year: number, i: number, n: number) => momentIn(year, i, n).toISOString().slice(0, 10)

export async function seedYearOfEvents(cloud: LocalCloud, communityId: string, cadreIds: string[], year: number): Promise<number> {
  const db = sdkFor(cloud).database()
  let written = 0
  const put = async (collection: string, docs: object[]) => {
    for (let i = 0; i < docs.length; i += BATCH) await db.collection(collection).add({ data: docs.slice(i, i + BATCH) } as never)
    written += docs.length
  }
  const cadre = (i: number) => cadreIds[i % cadreIds.length]
  const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i))
  const id = (kind: string, i: number) => `${communityId}-${kind}-${i}`

  await put(
    'visits',
    times(4000, (i) => ({
      _id: id('visit', i),
      communityId,
      cadreId: cadre(i),
      cadreName: '压测老人',
      day: dayIn(year, i, 4000),
      visitors: '社区工作人员',
      gifts: '慰问品',
      notes: '身体还好',
    })),
  )
  await put(
    'tasks',
    times(300, (i) => ({
      _id: id('task', i),
      communityId,
      cadreId: cadre(i * 7),
      cadreName: '压测老人',
      kind: '住院',
      note: '住院了',
      dueDay: dayIn(year, i + 3, 300),
      createdAt: momentIn(year, i, 300),
      status: 'done',
      doneAt: momentIn(year, i + 1, 300),
    })),
  )
  await put(
    'activities',
    times(100, (i) => ({
      _id: id('activity', i),
      communityId,
      title: `活动${i}`,
      category: '文体活动',
      room: '活动室',
      capacity: 40,
      startAt: momentIn(year, i, 100),
      status: 'published',
    })),
  )
  await put(
    'signups',
    times(3000, (i) => ({
      _id: id('signup', i),
      activityId: id('activity', i % 100),
      cadreId: cadre(i),
      status: 'confirmed',
      attended: i % 4 !== 0,
    })),
  )
  await put(
    'materials',
    times(50, (i) => ({
      _id: id('material', i),
      communityId,
      title: `学习资料${i}`,
      category: '政策文件',
      publishedAt: momentIn(year, i, 50),
    })),
  )
  await put(
    'materialReads',
    times(10000, (i) => ({
      _id: id('read', i),
      communityId,
      materialId: id('material', i % 50),
      cadreId: cadre(i),
      at: momentIn(year, i, 10000),
    })),
  )
  await put(
    'bookings',
    times(6000, (i) => ({
      _id: id('booking', i),
      communityId,
      cadreId: cadre(i),
      cadreName: '压测老人',
      serviceName: '助洁保洁',
      day: dayIn(year, i, 6000),
      start: 540,
      providerName: '压测服务人员',
      status: 'completed',
      priceFen: 3000,
      createdAt: momentIn(year, i, 6000),
    })),
  )
  await put(
    'ledgerEntries',
    times(12000, (i) => ({
      _id: id('entry', i),
      communityId,
      cadreId: cadre(i >> 1),
      kind: i % 2 ? 'capture' : 'hold',
      amountFen: 3000,
      what: '助洁保洁',
      byName: '系统',
      at: momentIn(year, i, 12000),
    })),
  )
  await put(
    'sosEvents',
    times(200, (i) => ({
      _id: id('sos', i),
      communityId,
      cadreName: '压测老人',
      raisedByName: '压测老人',
      at: momentIn(year, i, 200),
      status: 'closed',
    })),
  )
  await put(
    'pairs',
    times(100, (i) => ({ _id: id('pair', i), communityId, cadreId: cadre(i), cadreName: '压测老人', volunteerName: '志愿者' })),
  )
  await put(
    'pairLogs',
    times(5000, (i) => ({ _id: id('pairlog', i), pairId: id('pair', i % 100), day: dayIn(year, i, 5000), kind: '电话', note: '问候' })),
  )
  return written
}

// Demo visit tasks (今日任务): the ones the daily job would have made for the coming week from the seeded
// cadres' birthdays and the festival calendar, computed by the same rules, plus two 五必访 reports — a hospital
// stay reported by family yesterday and a family event that is already overdue — one earlier visit, and two
// 结对帮扶 pairs.
import type { Doc } from '../emulator/ejson'
import {
  birthdayOn,
  birthdayTaskKey,
  festivalIsFor,
  festivalTaskKey,
  festivalsOn,
  visitsForBirthday,
} from '../../cloudfunctions/lib/features/reminders/rules'
import { dateWords } from '../../cloudfunctions/lib/core/words.rules'
import { dayAfter, shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { DEFAULT_REMINDER_POLICY } from '../../cloudfunctions/lib/features/reminders/occasions.rules'
import type { CadreDoc } from '../../cloudfunctions/lib/features/people/docs'
import { CADRES, FAMILY, PROVIDERS, STAFF } from './people'

type Seeded = CadreDoc
const policy = DEFAULT_REMINDER_POLICY

/** The cadres as the job reads them: birth fields as stored (see index.ts). */
export function demoVisitTasks(now: Date, cadres: Seeded[]): { c: string; d: Doc }[] {
  const today = shanghaiDay(now)
  const task = (c: Seeded, fields: Record<string, unknown> & { _id: string }): Doc => ({
    communityId: c.communityId,
    cadreId: c._id,
    cadreName: c.name,
    address: c.address,
    ...(c.phone ? { phone: c.phone } : {}),
    status: 'open',
    createdAt: now,
    ...fields,
  })
  const docs: Doc[] = []
  for (let n = 0; n <= policy.staffLeadDays; n++) {
    const day = dayAfter(today, n)
    for (const c of cadres) {
      const b = birthdayOn(c, day, policy.birthday)
      if (b && visitsForBirthday(c, b.age, policy.birthday)) {
        docs.push(
          task(c, {
            _id: birthdayTaskKey(c._id, day),
            kind: '祝寿',
            title: `${c.name} ${b.age} 岁生日（${dateWords(day)}）`,
            note: '逢五排十上门祝寿，带鲜花、蛋糕',
            dueDay: day,
          }),
        )
      }
      for (const f of festivalsOn(day, policy.festivals).filter((f) => festivalIsFor(f, c))) {
        docs.push(
          task(c, {
            _id: festivalTaskKey(f.key, day, c._id),
            kind: '节日走访',
            title: `${f.name}走访 ${c.name}（${dateWords(day)}）`,
            note: `${f.name}慰问`,
            dueDay: day,
          }),
        )
      }
    }
  }
  const byId = (id: string) => cadres.find((c) => c._id === id)!
  const sun = CADRES.find((c) => c.id === 'cadre-07')!
  docs.push(
    task(byId('cadre-07'), {
      _id: 'report:seed-hospital',
      kind: '住院',
      title: sun.name,
      note: '前天夜里胸闷，住进区人民医院心内科 12 床（社区网格员报告）',
      dueDay: dayAfter(today, 1),
      reportedBy: STAFF[1].openid,
      reporter: { name: STAFF[1].name },
    }),
    task(byId('cadre-01'), {
      _id: 'report:seed-event',
      kind: '大事',
      title: '王建国',
      note: `外孙女下个月结婚，老人想请社区帮忙写副对联（${FAMILY[0].name}（家属）报告）`,
      dueDay: dayAfter(today, -1),
      reportedBy: FAMILY[0].openid,
      reporter: { name: FAMILY[0].name, ...(FAMILY[0].phone ? { phone: FAMILY[0].phone } : {}) },
    }),
  )
  const visit = {
    _id: 'visit-seed-1',
    communityId: 'c-taoyuan',
    cadreId: 'cadre-02',
    cadreName: byId('cadre-02').name,
    day: dayAfter(today, -5),
    visitors: `${STAFF[0].name}、${STAFF[1].name}`,
    gifts: '无糖糕点',
    notes: '老人血糖控制得不错；提醒她晚上起夜开小灯',
    recordedBy: STAFF[0].openid,
    recordedByName: STAFF[0].name,
    at: now,
  }
  return [...docs.map((d) => ({ c: 'tasks', d })), { c: 'visits', d: visit }]
}

/** 结对帮扶: 杨晓 with 王建国, behind on calls and visits; 张建军 with 李秀英, keeping up. */
export function demoPairs(now: Date, cadres: Seeded[]): { c: string; d: Doc }[] {
  const today = shanghaiDay(now)
  const ago = (n: number) => dayAfter(today, -n)
  const pair = (volunteerId: string, cadreId: string, fields: Record<string, unknown>): Doc => {
    const v = PROVIDERS.find((p) => p.openid === volunteerId)!
    const c = cadres.find((x) => x._id === cadreId)!
    return {
      _id: `${volunteerId}:${cadreId}`,
      communityId: c.communityId,
      volunteerId,
      volunteerName: v.name,
      volunteerPhone: v.phone,
      cadreId,
      cadreName: c.name,
      address: c.address,
      ...(c.phone ? { cadrePhone: c.phone } : {}),
      active: true,
      ...fields,
    }
  }
  return [
    pair('demo-provider-xiaoyang', 'cadre-01', { startedOn: ago(60), lastContactDay: ago(10), visitDays: [ago(25), ago(10)] }),
    pair('demo-provider-laozhang', 'cadre-02', { startedOn: ago(90), lastContactDay: ago(2), visitDays: [ago(20), ago(9), ago(2)] }),
  ].map((d) => ({ c: 'pairs', d }))
}

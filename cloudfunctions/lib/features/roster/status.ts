// A cadre's status on the roster: 在册, 长期住院 and 异地居住 (no home services; staff keep visiting), 去世. Each
// change is one transaction (the record, its history, the audit line, and for a death the 吊唁 visit task and the
// messages to staff and the bureau); a death then cancels the open visits (held card money back, providers told)
// and the sign-ups, and the daily jobs pass the cadre over from then on. A change can be taken back with a reason
// within 30 days.
import { historyEntry } from './history'
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _ } from '../../db/cloud'
import { findAll, readInTx } from '../../db/access'
import { runTransaction } from '../../db/transaction'
import type { Transaction } from '../../db/types'
import type { ActionContext } from '../../core/context'
import { aboutCadre } from '../../core/scope'
import { audit } from '../../core/audit'
import { dayAfter, shanghaiDay } from '../../core/time.rules'
import { dateWords } from '../../core/words.rules'
import { message, tell } from '../messages/messages'
import { OPEN } from '../services/rules'
import { cancelBooking } from '../services/booking'
import { withdraw } from '../activities/signup'
import type { BookingDoc } from '../services/docs'
import type { SignupDoc } from '../activities/docs'
import type { TaskDoc } from '../visits/docs'
import type { CadreDoc, UserDoc } from '../people/docs'
import { HISTORY_KEPT, STATUS_WORDS, statusProblem, statusWord } from './rules'
import { cadreRecord } from './records'

/** The 吊唁 visit is due this many days after staff record the death. */
const CONDOLENCE_DAYS = 2

export async function setCadreStatus(ctx: ActionContext, input: ParsedInput<'cadre.setStatus'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const to = STATUS_WORDS[input.status]
  const today = shanghaiDay(ctx.now)
  const problem = statusProblem(cadre.status, to, cadre.statusChangedAt, ctx.now, input.diedOn, today, input.reason)
  if (problem) throw new AppError('BAD_INPUT', problem)
  if ((cadre.rev ?? 0) !== input.rev) throw new AppError('CADRE_CHANGED')

  const entry = historyEntry(
    ctx,
    `改为“${input.status}”`,
    [
      { field: 'status', label: '状态', from: statusWord(cadre.status), to: input.status },
      ...(to === 'deceased' ? [{ field: 'diedOn', label: '去世日期', from: '', to: input.diedOn! }] : []),
    ],
    input.reason,
  )
  const died = to === 'deceased'
  const [staff, bureau] = died
    ? await Promise.all([
        findAll<UserDoc>(C.users, { communityId: cadre.communityId, roles: 'staff' }),
        findAll<UserDoc>(C.users, { roles: 'admin' }),
      ])
    : [[], []]
  const rev = (cadre.rev ?? 0) + 1
  await runTransaction(async (tx) => {
    const now = await readInTx<CadreDoc>(tx, C.cadres, cadre._id)
    if ((now?.rev ?? 0) !== input.rev) throw new AppError('CADRE_CHANGED')
    await tx
      .collection(C.cadres)
      .doc(cadre._id)
      .update({
        data: {
          status: to ?? _.remove(),
          diedOn: died ? input.diedOn : _.remove(),
          statusChangedAt: ctx.now,
          rev,
          updatedAt: ctx.now,
          history: _.push({ each: [entry], slice: -HISTORY_KEPT }),
        },
      })
    await audit(tx, ctx, 'cadre.setStatus', cadre._id, { status: input.status, ...(input.reason ? { reason: input.reason } : {}) })
    if (died) await recordDeath(ctx, cadre, input.diedOn!, staff, bureau, tx)
  })
  if (died) await endOpenThings(ctx, cadre)
  return cadreRecord(
    { ...cadre, status: to, diedOn: died ? input.diedOn : undefined, statusChangedAt: ctx.now, rev },
    `状态：${statusWord(cadre.status)} → ${input.status}`,
  )
}

/** The 五必访 吊唁 task for the community, and word to its staff and to the bureau (with the 原单位 to be told). */
async function recordDeath(ctx: ActionContext, c: CadreDoc, diedOn: string, staff: UserDoc[], bureau: UserDoc[], tx: Transaction) {
  const unit = c.workUnit
    ? `请告知原单位${c.workUnit.name}${c.workUnit.contact ? `（${c.workUnit.contact}${c.workUnit.phone ? ` ${c.workUnit.phone}` : ''}）` : ''}。`
    : ''
  const task: TaskDoc = {
    _id: `death:${c._id}`,
    kind: '吊唁',
    communityId: c.communityId,
    cadreId: c._id,
    cadreName: c.name,
    address: c.address,
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.grid ? { grid: c.grid } : {}),
    title: `${c.name} 去世，上门吊唁`,
    note: `${dateWords(diedOn)}去世。上门吊唁、慰问家属，协助办理后事。${unit}`,
    dueDay: dayAfter(shanghaiDay(ctx.now), CONDOLENCE_DAYS),
    status: 'open',
    createdAt: ctx.now,
  }
  // Recorded twice (undone and recorded again): the one task is opened again.
  const earlier = await readInTx<TaskDoc>(tx, C.tasks, task._id)
  const { _id, ...data } = task
  if (earlier) await tx.collection(C.tasks).doc(_id).update({ data })
  else await tx.collection(C.tasks).doc(_id).set({ data })
  const title = `老干部去世：${c.name}`
  const body = `${c.name}（${c.rank}，${c.category}）于${dateWords(diedOn)}去世。${unit}`
  await tell(
    [
      ...staff
        .filter((s) => s._id !== ctx.openid)
        .map((s) => message(s._id, title, `${body}社区已安排上门吊唁。`, ctx.now, { page: 'tasks' })),
      ...bureau.map((b) => message(b._id, title, body, ctx.now)),
    ],
    tx,
  )
}

/** Open visits are cancelled (held money back on the card, providers told) and sign-ups withdrawn (seats passed on). */
async function endOpenThings(ctx: ActionContext, c: CadreDoc) {
  const [bookings, signups] = await Promise.all([
    findAll<BookingDoc>(C.bookings, { cadreId: c._id, status: _.in([...OPEN]) }),
    findAll<SignupDoc>(C.signups, { cadreId: c._id, status: _.in(['confirmed', 'waitlisted']) }),
  ])
  // A visit already under way, or an activity whose sign-up has closed, stays as it is: staff see it on their lists.
  for (const b of bookings) await cancelBooking(ctx, { bookingId: b._id, reason: '老人已去世' }).catch(() => undefined)
  for (const s of signups) await withdraw(ctx, { activityId: s.activityId, cadreId: c._id }).catch(() => undefined)
}

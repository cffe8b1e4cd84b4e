// 五必访 and 走访记录: family, the cadre or staff report a hospital stay, a major family event or something
// special, which becomes a visit task due within the policy's days; staff see today's and overdue tasks on
// 今日任务 (with the daily job's birthday and festival visits) and record each visit, which completes its task.
import { AppError, type ActionOutput, type ParsedInput, type TaskView, type VisitView } from '../../contracts'
import { C } from '../../db/collections'
import type { TaskDoc, VisitDoc } from './docs'
import type { UserDoc } from '../people/docs'
import { _, db } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { count, findAll, findById, findPage, newId, readInTx } from '../../db/access'
import { reminderPolicyOf } from '../reminders/policy'
import { daysAhead } from '../services/slots.rules'
import { dayAfter, shanghaiDay } from '../../core/time.rules'
import { dateWords, dayWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { audit } from '../../core/audit'
import { logSensitiveRead } from '../care/care'
import { message, tell } from '../messages/messages'
import { aboutCadre, staffCommunity } from '../../core/scope'
import { photoViews } from '../files/files'
import { takePhotos } from '../files/tickets'
import type { PhotoView } from '../files/views'
import { keeperFirst, keeperOf } from '../roster/rules'

const TASK_PAGE = 50
const VISIT_PAGE = 20

function dueWords(day: string, now: Date): string {
  const ahead = daysAhead(day, now)
  return ahead < 0 ? `已过期 ${-ahead} 天（${dateWords(day)}）` : dayWords(day, now)
}

/** A task is the viewer's when it was handed to them, or when it lies in a grid they keep and was not handed on. */
const isMine = (t: TaskDoc, me: { openid: string; grids: readonly string[] }) =>
  t.assignedTo ? t.assignedTo === me.openid : !!t.grid && me.grids.includes(t.grid)

export function taskView(t: TaskDoc, now: Date, photos?: PhotoView[], me?: { openid: string; grids: readonly string[] }): TaskView {
  return {
    id: t._id,
    kind: t.kind,
    cadreId: t.cadreId,
    cadreName: t.cadreName,
    address: t.address,
    ...(t.phone ? { phone: t.phone } : {}),
    title: t.title,
    note: t.note,
    dueDay: t.dueDay,
    dueWords: dueWords(t.dueDay, now),
    overdue: t.status === 'open' && daysAhead(t.dueDay, now) < 0,
    status: t.status,
    ...(t.reporter ? { reporter: t.reporter } : {}),
    ...(photos?.length ? { photos } : {}),
    ...(t.grid ? { grid: t.grid } : {}),
    ...(me ? { mine: isMine(t, me) } : {}),
    ...(t.assignedName ? { assignedName: t.assignedName } : {}),
  }
}

function visitView(v: VisitDoc, photos: PhotoView[], taskTitle?: string): VisitView {
  return {
    id: v._id,
    cadreId: v.cadreId,
    cadreName: v.cadreName,
    day: v.day,
    dayWords: dateWords(v.day),
    visitors: v.visitors,
    gifts: v.gifts,
    notes: v.notes,
    recordedByName: v.recordedByName,
    ...(taskTitle ? { taskTitle } : {}),
    photos,
  }
}

export async function reportVisitNeed(ctx: ActionContext, input: ParsedInput<'visit.report'>): Promise<TaskView> {
  const { doc: cadre, as } = aboutCadre(ctx)
  const [staff, { photos }] = await Promise.all([
    findAll<UserDoc>(C.users, { communityId: cadre.communityId, roles: 'staff' }),
    takePhotos(ctx.openid, 'reportPhoto', input.photos ?? []),
  ])
  const task: TaskDoc = {
    // One task per filled-in form: a second press of the same report finds the first.
    _id: `report:${cadre._id}:${input.requestId}`,
    kind: input.kind,
    communityId: cadre.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    address: cadre.address,
    ...(cadre.phone ? { phone: cadre.phone } : {}),
    ...(cadre.grid ? { grid: cadre.grid } : {}),
    title: cadre.name,
    note: `${input.note}（${ctx.user?.name ?? ''}${as === 'family' ? '（家属）' : ''}报告）`,
    dueDay: dayAfter(shanghaiDay(ctx.now), (await reminderPolicyOf()).reportDueDays),
    status: 'open',
    createdAt: ctx.now,
    reportedBy: ctx.openid,
    reporter: { name: ctx.user?.name ?? '', ...(ctx.link?.familyPhone ? { phone: ctx.link.familyPhone } : {}) },
    ...(photos.length ? { photos } : {}),
  }
  const title = `五必访：${cadre.name}${input.kind}`
  const body = `${input.note}。请在${dateWords(task.dueDay)}前上门看望。住址：${cadre.address}`
  // 分片包干: the keeper of the cadre's grid is told first, and in words that say it is theirs.
  const keeper = keeperOf(staff, cadre.grid)
  const told = keeperFirst(staff, cadre.grid).filter((s) => s._id !== ctx.openid)
  const saved = await runTransaction(async (tx) => {
    const earlier = await readInTx<TaskDoc>(tx, C.tasks, task._id)
    if (earlier) return earlier
    const { _id, ...data } = task
    await tx.collection(C.tasks).doc(_id).set({ data })
    await tell(
      told.map((s) => message(s._id, s === keeper ? `【您负责的${cadre.grid}】${title}` : title, body, ctx.now, { page: 'tasks' })),
      tx,
    )
    await audit(tx, ctx, 'visit.report', cadre._id, { kind: input.kind })
    return task
  })
  return { ...taskView(saved, ctx.now), ...(keeper ? { keeperName: keeper.name } : {}) }
}

/**
 * Open tasks due within the staff's week ahead, overdue first, a page at a time, with how many are overdue and due
 * today in all; the daily job adds each a week before it is due.
 */
export async function listTasks(ctx: ActionContext, input: ParsedInput<'task.list'>): Promise<ActionOutput<'task.list'>> {
  const communityId = staffCommunity(ctx)
  const today = shanghaiDay(ctx.now)
  const horizon = dayAfter(today, (await reminderPolicyOf()).staffLeadDays)
  const me = { openid: ctx.openid, grids: ctx.user?.grids ?? [] }
  const mine = _.or([{ assignedTo: me.openid }, { assignedTo: _.exists(false), grid: _.in(me.grids) }])
  const open = { communityId, status: 'open' }
  const of = (query: Record<string, unknown>) => (input.mine ? _.and([{ ...open, ...query }, mine]) : { ...open, ...query })
  const [page, overdue, dueToday] = await Promise.all([
    findPage<TaskDoc>(C.tasks, of({ dueDay: _.lte(horizon) }), { orderBy: ['dueDay', 'asc'], offset: input.offset, size: TASK_PAGE }),
    count(C.tasks, of({ dueDay: _.lt(today) })),
    count(C.tasks, of({ dueDay: today })),
  ])
  const tasks = page.items
  // A note worded from health data (寿桃 for a diabetic) is a read of it: logged before the answer leaves.
  const fromHealth = tasks.filter((t) => t.healthFields?.length)
  const [photos] = await Promise.all([
    photoViews(tasks, (t) => t.photos),
    ...fromHealth.map((t) =>
      logSensitiveRead(
        ctx,
        { _id: t.cadreId, name: t.cadreName, communityId: t.communityId },
        t.healthFields ?? [],
        '今日任务',
        '社区工作人员',
      ),
    ),
  ])
  return {
    tasks: tasks.map((t, i) => taskView(t, ctx.now, photos[i], me)),
    today,
    overdue,
    dueToday,
    total: page.total,
    next: page.next,
  }
}

export async function recordVisit(ctx: ActionContext, input: ParsedInput<'visit.record'>): Promise<VisitView> {
  const { doc: cadre } = aboutCadre(ctx)
  const today = shanghaiDay(ctx.now)
  if (input.day > today || input.day < dayAfter(today, -30)) throw new AppError('BAD_INPUT', '走访日期应在今天和 30 天前之间')
  const { photos } = await takePhotos(ctx.openid, 'visitPhoto', input.photos ?? [])
  const visit: VisitDoc = {
    _id: newId(),
    communityId: cadre.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    ...(input.taskId ? { taskId: input.taskId } : {}),
    day: input.day,
    visitors: input.visitors,
    gifts: input.gifts,
    notes: input.notes,
    recordedBy: ctx.openid,
    recordedByName: ctx.user?.name ?? '',
    at: ctx.now,
    ...(photos.length ? { photos } : {}),
  }
  const title = await runTransaction(async (tx) => {
    let taskTitle: string | undefined
    if (input.taskId) {
      const task = await readInTx<TaskDoc>(tx, C.tasks, input.taskId)
      if (!task || task.cadreId !== cadre._id) throw new AppError('NOT_FOUND', '没有找到这项走访任务')
      if (task.status === 'done') throw new AppError('TASK_DONE')
      await tx
        .collection(C.tasks)
        .doc(task._id)
        .update({ data: { status: 'done', doneAt: ctx.now, visitId: visit._id } })
      taskTitle = task.title
    }
    const { _id, ...data } = visit
    await tx.collection(C.visits).doc(_id).set({ data })
    await audit(tx, ctx, 'visit.record', cadre._id, input.taskId ? { taskId: input.taskId } : undefined)
    return taskTitle
  })
  return visitView(
    visit,
    photos.map((p) => ({ fileRef: p.fileRef, url: '' })),
    title,
  )
}

export async function listVisits(ctx: ActionContext, input: ParsedInput<'visit.list'>): Promise<ActionOutput<'visit.list'>> {
  const { doc: cadre } = aboutCadre(ctx)
  const page = await findPage<VisitDoc>(
    C.visits,
    { cadreId: cadre._id },
    { orderBy: ['day', 'desc'], offset: input.offset, size: VISIT_PAGE },
  )
  const photos = await photoViews(page.items, (v) => v.photos)
  return { visits: page.items.map((v, i) => visitView(v, photos[i])), total: page.total, next: page.next }
}

/** A task handed to a colleague of the same community, who is told; it is theirs from then on. */
export async function handOverTask(ctx: ActionContext, input: ParsedInput<'task.handOver'>): Promise<TaskView> {
  const communityId = staffCommunity(ctx)
  const [task, colleague] = await Promise.all([findById<TaskDoc>(C.tasks, input.taskId), findById<UserDoc>(C.users, input.staffId)])
  if (!task || task.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这项走访任务')
  if (task.status === 'done') throw new AppError('TASK_DONE')
  if (!colleague || colleague.communityId !== communityId || !colleague.roles.includes('staff'))
    throw new AppError('BAD_INPUT', '要交给本社区的工作人员')
  const handed = { ...task, assignedTo: colleague._id, assignedName: colleague.name }
  await db
    .collection(C.tasks)
    .doc(task._id)
    .update({ data: { assignedTo: colleague._id, assignedName: colleague.name } })
  if (colleague._id !== ctx.openid)
    await tell([
      message(
        colleague._id,
        `走访任务交给您：${task.title}`,
        `${ctx.user?.name ?? '同事'}把“${task.title}”交给您，要在${dateWords(task.dueDay)}前上门。住址：${task.address}`,
        ctx.now,
        { page: 'tasks' },
      ),
    ])
  return taskView(handed, ctx.now, undefined, { openid: ctx.openid, grids: ctx.user?.grids ?? [] })
}

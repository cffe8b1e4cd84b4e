// 考核: the bureau publishes a scheme; a community scores itself on the evidence items (photos, notes) and submits,
// which fixes the automatic items from its year of figures; the bureau scores the evidence items and the result
// names the community (达标) or sets it 整改 items with a due day, which staff mark done. Staff see only their
// community; the bureau all, ranked.
import { AppError, type ActionOutput, type AssessmentView, type ParsedInput, type SchemeView } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findById, newId } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import { dayAfter, shanghaiDay } from '../../core/time.rules'
import { dateWords } from '../../core/words.rules'
import type { CommunityDoc, UserDoc } from '../people/docs'
import type { StatsDoc } from '../stats/docs'
import { addFigures, figuresOf, NO_SOURCES, type MonthFigures } from '../stats/figures.rules'
import { photoViews } from '../files/files'
import { deleteFilesOf } from '../files/files'
import { takePhotos } from '../files/tickets'
import { message, tell } from '../messages/messages'
import type { AssessmentDoc, SchemeDoc } from './docs'
import { autoScore, DEFAULT_SCHEME, FIX_DAYS, fixesFor, passLine, totalOf } from './rules'
import type { SchemeItem } from './scheme.rules'

const STATUS_WORDS: Record<AssessmentDoc['status'] | 'none', string> = {
  none: '还没有自评',
  draft: '自评中',
  submitted: '已交，等局里评审',
  reviewed: '已评审',
}
const assessmentId = (schemeId: string, communityId: string) => `${schemeId}:${communityId}`
const yearOf = (now: Date) => Number(shanghaiDay(now).slice(0, 4))

/** The community's figures for the scheme's year so far, summed from its monthly stats, and how many months. */
async function yearFigures(communityId: string, year: number, now: Date): Promise<{ figures: MonthFigures; months: number }> {
  const last = year === yearOf(now) ? Number(shanghaiDay(now).slice(5, 7)) : 12
  const months = Array.from({ length: last }, (_m, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
  const docs = await findAll<StatsDoc>(C.stats, { communityId, month: _.in(months) })
  const empty = figuresOf(months[0], NO_SOURCES, now)
  return { figures: docs.reduce((sum, d) => addFigures(sum, d.figures), empty), months: last }
}

async function schemeOf(schemeId: string): Promise<SchemeDoc> {
  const s = await findById<SchemeDoc>(C.schemes, schemeId)
  if (!s) throw new AppError('NOT_FOUND', '没有找到这个考核方案')
  return s
}

/** The community the caller looks at: staff their own (whatever they name); the bureau the one it names. */
function communityFor(ctx: ActionContext, named?: string): string {
  if (ctx.relation === 'staff') return staffCommunity(ctx)
  if (!named) throw new AppError('BAD_INPUT', '请选一个社区')
  return named
}

async function view(ctx: ActionContext, scheme: SchemeDoc, communityId: string, a: AssessmentDoc | null): Promise<AssessmentView> {
  const [community, live] = await Promise.all([
    findById<CommunityDoc>(C.communities, communityId),
    // Before submitting, the automatic items show this year's figures as they stand.
    a?.auto ? Promise.resolve(null) : yearFigures(communityId, scheme.year, ctx.now),
  ])
  if (!community) throw new AppError('NOT_FOUND', '没有找到这个社区')
  const [photos] = await photoViews([a?.evidence ?? []], (ev) => ev.flatMap((e) => e.photos ?? []))
  const byRef = new Map(photos.map((p) => [p.fileRef, p]))
  const status = a?.status ?? 'draft'
  const scores: Record<string, number | undefined> = {}
  const items = scheme.items.map((i) => {
    const ev = a?.evidence.find((e) => e.itemId === i.id)
    const auto = i.auto ? (a?.auto?.[i.id] ?? autoScore(i, live!.figures, live!.months)) : undefined
    const review = a?.review?.[i.id]
    scores[i.id] = auto ? auto.score : (review?.score ?? (status === 'reviewed' ? undefined : ev?.selfScore))
    return {
      id: i.id,
      group: i.group,
      text: i.text,
      points: i.points,
      ...(i.auto && auto ? { auto: { ...i.auto, ...auto } } : {}),
      ...(ev?.selfScore !== undefined ? { selfScore: ev.selfScore } : {}),
      ...(ev?.note ? { note: ev.note } : {}),
      photos: (ev?.photos ?? []).map((p) => byRef.get(p.fileRef)!),
      ...(review ? { reviewScore: review.score, ...(review.comment ? { comment: review.comment } : {}) } : {}),
    }
  })
  const line = passLine(scheme)
  const score = a?.total ?? totalOf(scheme.items, scores)
  const staffOfIt = ctx.relation === 'staff'
  return {
    id: assessmentId(scheme._id, communityId),
    schemeId: scheme._id,
    schemeName: scheme.name,
    year: scheme.year,
    communityId,
    communityName: community.name,
    total: scheme.total,
    passLine: line,
    status,
    statusWords: STATUS_WORDS[a?.status ?? 'none'],
    items,
    score,
    ...(a?.passed !== undefined ? { passed: a.passed } : {}),
    ...(a?.status === 'reviewed'
      ? {
          resultWords: a.passed
            ? `${a.total} 分，达到 ${line} 分：命名为 ${scheme.year} 年度“四就近服务社区”`
            : `${a.total} 分，没有达到 ${line} 分：请按下面的整改项限期整改`,
        }
      : {}),
    fixes: (a?.fixes ?? []).map((f) => ({
      itemId: f.itemId,
      text: f.text,
      dueOn: f.dueOn,
      done: !!f.doneAt,
      ...(f.doneAt ? { doneWords: `${f.doneByName ?? ''} 已整改：${f.doneNote ?? ''}` } : { doneWords: `${dateWords(f.dueOn)} 前完成` }),
    })),
    may: {
      edit: staffOfIt && status === 'draft',
      submit: staffOfIt && status === 'draft',
      review: ctx.relation === 'admin' && status === 'submitted',
      fix: staffOfIt && status === 'reviewed',
    },
  }
}

function schemeView(s: SchemeDoc, submitted: number): SchemeView {
  return {
    id: s._id,
    name: s.name,
    year: s.year,
    total: s.total,
    passPercent: s.passPercent,
    passLine: passLine(s),
    items: s.items,
    submitted,
  }
}

export async function listSchemes(
  ctx: ActionContext,
  input: ParsedInput<'assessment.schemes'>,
): Promise<ActionOutput<'assessment.schemes'>> {
  const year = input.year ?? yearOf(ctx.now)
  const schemes = await findAll<SchemeDoc>(C.schemes, { year })
  const handedIn = await Promise.all(
    schemes.map((s) => findAll<AssessmentDoc>(C.assessments, { schemeId: s._id, status: _.in(['submitted', 'reviewed']) })),
  )
  return { year, schemes: schemes.map((s, i) => schemeView(s, handedIn[i].length)), template: DEFAULT_SCHEME }
}

export async function saveScheme(ctx: ActionContext, input: ParsedInput<'assessment.saveScheme'>): Promise<SchemeView> {
  const [earlier, handedIn] = await Promise.all([
    input.schemeId ? schemeOf(input.schemeId) : Promise.resolve(null),
    input.schemeId ? findAll<AssessmentDoc>(C.assessments, { schemeId: input.schemeId, status: _.in(['submitted', 'reviewed']) }) : [],
  ])
  const items: SchemeItem[] = input.items.map((i, n) => ({
    id: `i${n + 1}`,
    group: i.group,
    text: i.text,
    points: i.points,
    ...(i.measure && i.target !== undefined ? { auto: { measure: i.measure, target: i.target } } : {}),
  }))
  // Scores given are scores against these items: once a community has handed in, they stay.
  const changed =
    earlier &&
    JSON.stringify([earlier.items, earlier.total, earlier.passPercent]) !== JSON.stringify([items, input.total, input.passPercent])
  if (changed && handedIn.length)
    throw new AppError('BAD_INPUT', `已经有 ${handedIn.length} 个社区交了自评，各项和分数不能再改，名称可以改`)
  const scheme: SchemeDoc = {
    _id: earlier?._id ?? newId(),
    name: input.name,
    year: input.year,
    total: input.total,
    passPercent: input.passPercent,
    items,
    byName: ctx.user?.name ?? '',
    createdAt: earlier?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  }
  const { _id, ...data } = scheme
  await db.collection(C.schemes).doc(_id).set({ data })
  return schemeView(scheme, handedIn.length)
}

export async function getAssessment(ctx: ActionContext, input: ParsedInput<'assessment.get'>): Promise<AssessmentView> {
  const communityId = communityFor(ctx, input.communityId)
  const [scheme, a] = await Promise.all([
    schemeOf(input.schemeId),
    findById<AssessmentDoc>(C.assessments, assessmentId(input.schemeId, communityId)),
  ])
  return view(ctx, scheme, communityId, a)
}

export async function saveSelfAssessment(ctx: ActionContext, input: ParsedInput<'assessment.self'>): Promise<AssessmentView> {
  const communityId = staffCommunity(ctx)
  const [scheme, a] = await Promise.all([
    schemeOf(input.schemeId),
    findById<AssessmentDoc>(C.assessments, assessmentId(input.schemeId, communityId)),
  ])
  if (a && a.status !== 'draft') throw new AppError('WRONG_STATUS', '自评已经交给局里了，不能再改')
  for (const e of input.items) {
    const item = scheme.items.find((i) => i.id === e.itemId)
    if (!item || item.auto) throw new AppError('BAD_INPUT', '只有按佐证打分的项才写自评')
    if (e.selfScore !== undefined && e.selfScore > item.points) throw new AppError('BAD_INPUT', `“${item.text}”最多 ${item.points} 分`)
  }
  const had = a?.evidence ?? []
  const taken = await Promise.all(
    input.items.map((e) => takePhotos(ctx.openid, 'evidencePhoto', e.photos ?? [], had.find((h) => h.itemId === e.itemId)?.photos ?? [])),
  )
  const evidence = [
    ...had.filter((h) => !input.items.some((e) => e.itemId === h.itemId)),
    ...input.items.map((e, i) => ({
      itemId: e.itemId,
      ...(e.selfScore !== undefined ? { selfScore: e.selfScore } : {}),
      ...(e.note ? { note: e.note } : {}),
      photos: taken[i].photos,
    })),
  ]
  const doc: Omit<AssessmentDoc, '_id'> = {
    schemeId: scheme._id,
    communityId,
    year: scheme.year,
    status: 'draft',
    evidence,
    updatedAt: ctx.now,
  }
  await db.collection(C.assessments).doc(assessmentId(scheme._id, communityId)).set({ data: doc })
  await deleteFilesOf(taken.flatMap((t) => t.dropped))
  return view(ctx, scheme, communityId, { _id: assessmentId(scheme._id, communityId), ...doc })
}

export async function submitAssessment(ctx: ActionContext, input: ParsedInput<'assessment.submit'>): Promise<AssessmentView> {
  const communityId = staffCommunity(ctx)
  const id = assessmentId(input.schemeId, communityId)
  const [scheme, a, bureau] = await Promise.all([
    schemeOf(input.schemeId),
    findById<AssessmentDoc>(C.assessments, id),
    findAll<UserDoc>(C.users, { roles: 'admin' }),
  ])
  if (a && a.status !== 'draft') throw new AppError('WRONG_STATUS', '自评已经交给局里了')
  const { figures, months } = await yearFigures(communityId, scheme.year, ctx.now)
  const auto = Object.fromEntries(scheme.items.filter((i) => i.auto).map((i) => [i.id, autoScore(i, figures, months)]))
  const change = { status: 'submitted' as const, auto, submittedAt: ctx.now, submittedByName: ctx.user?.name ?? '', updatedAt: ctx.now }
  // Conditional on still being a draft: two presses (or two staff) hand it in once.
  const r = a
    ? await db.collection(C.assessments).where({ _id: id, status: 'draft' }).update({ data: change })
    : await db
        .collection(C.assessments)
        .doc(id)
        .set({ data: { schemeId: scheme._id, communityId, year: scheme.year, evidence: [], ...change } })
        .then(() => ({ stats: { updated: 1 } }))
  if (r.stats.updated !== 1) throw new AppError('WRONG_STATUS', '自评已经交给局里了')
  const saved: AssessmentDoc = { _id: id, schemeId: scheme._id, communityId, year: scheme.year, evidence: a?.evidence ?? [], ...change }
  const result = await view(ctx, scheme, communityId, saved)
  await tell(
    bureau.map((u) =>
      message(u._id, `${result.communityName}交了考核自评`, `${scheme.name}：请评审按佐证打分的项`, ctx.now, {
        page: 'assessment',
        schemeId: scheme._id,
        communityId,
      }),
    ),
  )
  return result
}

export async function reviewAssessment(ctx: ActionContext, input: ParsedInput<'assessment.review'>): Promise<AssessmentView> {
  const id = assessmentId(input.schemeId, input.communityId)
  const [scheme, a, staff] = await Promise.all([
    schemeOf(input.schemeId),
    findById<AssessmentDoc>(C.assessments, id),
    findAll<UserDoc>(C.users, { communityId: input.communityId, roles: 'staff' }),
  ])
  if (!a || a.status !== 'submitted') throw new AppError('WRONG_STATUS', a ? '这份自评已经评审过了' : '这个社区还没有交自评')
  const manual = scheme.items.filter((i) => !i.auto)
  const review: Record<string, { score: number; comment?: string }> = {}
  for (const i of manual) {
    const given = input.items.find((x) => x.itemId === i.id)
    if (!given) throw new AppError('BAD_INPUT', `“${i.text}”还没有打分`)
    if (given.score > i.points) throw new AppError('BAD_INPUT', `“${i.text}”最多 ${i.points} 分`)
    review[i.id] = { score: given.score, ...(given.comment ? { comment: given.comment } : {}) }
  }
  if (input.items.some((x) => !manual.some((i) => i.id === x.itemId))) throw new AppError('BAD_INPUT', '按数字打分的项不由评审打分')
  const scores = Object.fromEntries(scheme.items.map((i) => [i.id, i.auto ? a.auto![i.id].score : review[i.id].score]))
  const total = totalOf(scheme.items, scores)!
  const passed = total >= passLine(scheme)
  const dueOn = dayAfter(shanghaiDay(ctx.now), FIX_DAYS)
  const comments = Object.fromEntries(Object.entries(review).map(([k, v]) => [k, v.comment]))
  const fixes = passed ? [] : fixesFor(scheme.items, scores, comments).map((f) => ({ ...f, dueOn }))
  const change = {
    status: 'reviewed' as const,
    review,
    total,
    passed,
    fixes,
    reviewedAt: ctx.now,
    reviewedByName: ctx.user?.name ?? '',
    updatedAt: ctx.now,
  }
  const r = await db.collection(C.assessments).where({ _id: id, status: 'submitted' }).update({ data: change })
  if (r.stats.updated !== 1) throw new AppError('WRONG_STATUS', '这份自评已经评审过了')
  // The community's pages say it: named for the year, or how many 整改 items are open.
  await db
    .collection(C.communities)
    .doc(input.communityId)
    .update({ data: { assessment: { year: scheme.year, schemeName: scheme.name, passed, openFixes: fixes.length } } })
  const result = await view(ctx, scheme, input.communityId, { ...a, ...change })
  await tell(
    staff.map((s) =>
      message(s._id, `考核结果：${scheme.name}`, result.resultWords ?? '', ctx.now, { page: 'assessment', schemeId: scheme._id }),
    ),
  )
  return result
}

export async function markFixDone(ctx: ActionContext, input: ParsedInput<'assessment.fix'>): Promise<AssessmentView> {
  const communityId = staffCommunity(ctx)
  const id = assessmentId(input.schemeId, communityId)
  const [scheme, a] = await Promise.all([schemeOf(input.schemeId), findById<AssessmentDoc>(C.assessments, id)])
  const fix = a?.fixes?.find((f) => f.itemId === input.itemId)
  if (!a || !fix) throw new AppError('NOT_FOUND', '没有这一项整改')
  if (fix.doneAt) throw new AppError('WRONG_STATUS', '这一项已经整改过了')
  const fixes = a.fixes!.map((f) => (f === fix ? { ...f, doneAt: ctx.now, doneNote: input.note, doneByName: ctx.user?.name ?? '' } : f))
  await Promise.all([
    db
      .collection(C.assessments)
      .doc(id)
      .update({ data: { fixes, updatedAt: ctx.now } }),
    db
      .collection(C.communities)
      .doc(communityId)
      .update({ data: { 'assessment.openFixes': fixes.filter((f) => !f.doneAt).length } }),
  ])
  return view(ctx, scheme, communityId, { ...a, fixes })
}

export async function assessmentResults(
  ctx: ActionContext,
  input: ParsedInput<'assessment.results'>,
): Promise<ActionOutput<'assessment.results'>> {
  const year = input.year ?? yearOf(ctx.now)
  const own = ctx.relation === 'staff' ? staffCommunity(ctx) : (input.communityId ?? null)
  const [schemes, communities, history, allSchemes] = await Promise.all([
    findAll<SchemeDoc>(C.schemes, { year }),
    findAll<CommunityDoc>(C.communities, ctx.relation === 'staff' ? { _id: own } : {}),
    own ? findAll<AssessmentDoc>(C.assessments, { communityId: own }) : Promise.resolve([]),
    own ? findAll<SchemeDoc>(C.schemes, {}) : Promise.resolve([]),
  ])
  const handedIn = await findAll<AssessmentDoc>(C.assessments, {
    schemeId: _.in(schemes.map((s) => s._id)),
    ...(ctx.relation === 'staff' ? { communityId: own } : {}),
  })
  const nameOf = (id: string) => communities.find((c) => c._id === id)?.name ?? ''
  return {
    year,
    schemes: schemes.map((s) => {
      const rows = communities.map((c) => {
        const a = handedIn.find((x) => x.schemeId === s._id && x.communityId === c._id)
        return {
          communityId: c._id,
          communityName: c.name,
          statusWords: STATUS_WORDS[a?.status ?? 'none'],
          score: a?.total ?? null,
          ...(a?.passed !== undefined ? { passed: a.passed } : {}),
        }
      })
      // Reviewed first, highest first; the rest by name.
      rows.sort((x, y) => (y.score ?? -1) - (x.score ?? -1) || x.communityName.localeCompare(y.communityName, 'zh-CN'))
      let rank = 0
      return {
        id: s._id,
        name: s.name,
        total: s.total,
        passLine: passLine(s),
        rows: rows.map((r) => (r.score === null ? r : { ...r, rank: ++rank })),
      }
    }),
    history: history
      .map((a) => ({
        year: a.year,
        schemeName: allSchemes.find((s) => s._id === a.schemeId)?.name ?? '',
        score: a.total ?? null,
        ...(a.passed !== undefined ? { passed: a.passed } : {}),
        statusWords: `${nameOf(a.communityId) || ''}${STATUS_WORDS[a.status]}`,
      }))
      .sort((x, y) => y.year - x.year),
  }
}

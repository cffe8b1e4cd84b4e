// 问卷: the bureau asks every community (or those it picks), a community asks its own cadres; a cadre answers in
// large type, a family member or staff on a visit may answer for them (and it says so); one answer per cadre per
// survey, changed until it closes; results add up per question and per community, and an anonymous survey's
// results never say who answered.
import { AppError, type ActionOutput, type ParsedInput, type SurveySummary, type SurveyView } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { count, findAll, findById, findIn, newId } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { CITY, reaches, reachingCommunity } from '../../core/reach'
import { aboutCadre, cadreIfNamed, staffCommunity } from '../../core/scope'
import { dayAfter, shanghaiDay } from '../../core/time.rules'
import { momentWords } from '../../core/words.rules'
import type { CommunityDoc } from '../people/docs'
import type { SurveyAnswerDoc, SurveyDoc } from './docs'
import { answersProblem, asks, satisfactionRate, tally, takesAnswers, windowWords, type Question } from './rules'

const answerId = (surveyId: string, cadreId: string) => `${surveyId}:${cadreId}`
const BY_WORDS: Record<SurveyAnswerDoc['by'], string> = { cadre: '本人填的', family: '家属代填', staff: '社区走访时代填' }
export const byWords = (a: SurveyAnswerDoc) => `${BY_WORDS[a.by]}（${a.byName}）`
/** Closed surveys stay on a cadre's list this long, to see what they said. */
const SHOWN_AFTER_CLOSING_DAYS = 30

/** The cadres a survey asks, as a query: on the roster (not 去世, not erased), of the audience (and grid). */
function askedQuery(communityId: string, s: Pick<SurveyDoc, 'audience' | 'grid'>) {
  const who =
    s.audience === '离休干部'
      ? { category: '离休' }
      : s.audience === '退休干部'
        ? { category: '退休' }
        : s.audience === '独居老人'
          ? { livesAlone: true }
          : {}
  return { communityId, status: _.neq('deceased'), erasedAt: _.exists(false), ...who, ...(s.grid ? { grid: s.grid } : {}) }
}

/** Who sent it, in words, kept on the survey when saved (lists then need no read of the communities). */
function fromWords(s: Pick<SurveyDoc, 'communityId' | 'communityIds'>, communities: readonly CommunityDoc[]): string {
  const name = (id: string) => communities.find((c) => c._id === id)?.name ?? ''
  if (s.communityId !== CITY) return name(s.communityId)
  return `老干部局（${s.communityIds ? s.communityIds.map(name).join('、') : '全市'}）`
}

function summaryOf(ctx: ActionContext, s: SurveyDoc, extra: Partial<SurveySummary>): SurveySummary {
  const today = shanghaiDay(ctx.now)
  const mayEdit = ctx.relation === 'admin' ? s.communityId === CITY : ctx.relation === 'staff' && s.communityId === ctx.caller.communityId
  return {
    id: s._id,
    title: s.title,
    fromWords: s.fromWords,
    audience: s.audience,
    ...(s.grid ? { grid: s.grid } : {}),
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    windowWords: windowWords(s, today),
    open: takesAnswers(s, today),
    anonymous: s.anonymous,
    mayEdit,
    ...extra,
  }
}

function viewOf(ctx: ActionContext, s: SurveyDoc, mine?: SurveyAnswerDoc | null): SurveyView {
  return {
    ...summaryOf(ctx, s, mine !== undefined ? { answered: !!mine } : {}),
    ...(s.intro ? { intro: s.intro } : {}),
    questions: s.questions,
    ...(ctx.relation === 'admin' && s.communityIds ? { communityIds: s.communityIds } : {}),
    ...(mine ? { mine: { answers: mine.answers, byWords: byWords(mine) } } : {}),
  }
}

/**
 * The survey as the caller may see it, or NOT_FOUND: a cadre's must reach their community and ask them; staff's
 * must reach their community; the bureau sees every survey (its own to change, the communities' to read).
 */
async function surveyFor(ctx: ActionContext, surveyId: string): Promise<SurveyDoc> {
  const s = await findById<SurveyDoc>(C.surveys, surveyId)
  const cadre = cadreIfNamed(ctx)
  const seen = !s
    ? false
    : cadre
      ? reaches(s, cadre.doc.communityId) && asks(s, cadre.doc)
      : ctx.relation === 'admin' || reaches(s, staffCommunity(ctx))
  if (!s || !seen) throw new AppError('NOT_FOUND', '没有找到这份问卷')
  return s
}

export async function saveSurvey(ctx: ActionContext, input: ParsedInput<'survey.save'>): Promise<SurveyView> {
  const bureau = ctx.relation === 'admin'
  if (!bureau && input.communityIds) throw new AppError('BAD_INPUT', '社区发的问卷只问本社区的老人')
  if (bureau && input.grid) throw new AppError('BAD_INPUT', '网格是社区里的，局里的问卷不分网格')
  const communityId = bureau ? CITY : staffCommunity(ctx)
  const questions: Question[] = input.questions.map((q, i) => ({
    id: `q${i + 1}`,
    kind: q.kind,
    text: q.text,
    ...(q.options ? { options: q.options } : {}),
    required: q.required,
  }))
  const [earlier, answered, communities] = await Promise.all([
    input.surveyId ? findById<SurveyDoc>(C.surveys, input.surveyId) : Promise.resolve(null),
    input.surveyId ? count(C.surveyAnswers, { surveyId: input.surveyId }) : Promise.resolve(0),
    findAll<CommunityDoc>(C.communities, {}),
  ])
  if (input.surveyId && earlier?.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这份问卷')
  // Answers given are answers to these questions: changing them would change what the answers mean.
  if (earlier && answered && JSON.stringify(earlier.questions) !== JSON.stringify(questions))
    throw new AppError('BAD_INPUT', `已经有 ${answered} 位老人答了，题目不能再改；标题、说明和日期可以改`)
  if (input.closesOn < shanghaiDay(ctx.now)) throw new AppError('BAD_INPUT', '截止日期已经过了，请选今天或以后')
  const survey: SurveyDoc = {
    _id: earlier?._id ?? newId(),
    communityId,
    ...(input.communityIds ? { communityIds: input.communityIds } : {}),
    title: input.title,
    ...(input.intro ? { intro: input.intro } : {}),
    questions,
    audience: input.audience,
    ...(input.grid ? { grid: input.grid } : {}),
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    anonymous: input.anonymous,
    fromWords: fromWords({ communityId, communityIds: input.communityIds }, communities),
    byName: earlier?.byName ?? ctx.user?.name ?? '',
    createdAt: earlier?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  }
  const { _id, ...data } = survey
  await db.collection(C.surveys).doc(_id).set({ data })
  return viewOf(ctx, survey)
}

export async function listSurveys(ctx: ActionContext): Promise<ActionOutput<'survey.list'>> {
  const cadre = cadreIfNamed(ctx)
  const today = shanghaiDay(ctx.now)
  const communityId = cadre ? cadre.doc.communityId : ctx.relation === 'admin' ? null : staffCommunity(ctx)
  const recent = { closesOn: _.gte(dayAfter(today, -(cadre ? SHOWN_AFTER_CLOSING_DAYS : 365))) }
  const found = await findAll<SurveyDoc>(C.surveys, communityId ? _.and([reachingCommunity(communityId), recent]) : recent)
  const surveys = found.filter((s) => (cadre ? asks(s, cadre.doc) && s.opensOn <= today : true))
  // A cadre's list says what they answered; staff's and the bureau's how many answered (staff: of their community).
  const [answers, responses] = await Promise.all([
    cadre
      ? findIn<SurveyAnswerDoc>(
          C.surveyAnswers,
          '_id',
          surveys.map((s) => answerId(s._id, cadre.doc._id)),
        )
      : Promise.resolve([]),
    cadre
      ? Promise.resolve([])
      : Promise.all(surveys.map((s) => count(C.surveyAnswers, { surveyId: s._id, ...(communityId ? { communityId } : {}) }))),
  ])
  const shown = surveys.map((s, i) =>
    summaryOf(ctx, s, cadre ? { answered: answers.some((a) => a.surveyId === s._id) } : { responses: responses[i] }),
  )
  // Those still taking answers first, the soonest to close first; then the closed, the latest first.
  shown.sort(
    (a, b) => Number(b.open) - Number(a.open) || (a.open ? a.closesOn.localeCompare(b.closesOn) : b.closesOn.localeCompare(a.closesOn)),
  )
  return { surveys: shown }
}

export async function getSurvey(ctx: ActionContext, input: ParsedInput<'survey.get'>): Promise<SurveyView> {
  const cadre = cadreIfNamed(ctx)
  // A cadre's answer so far; for staff and the bureau how many have answered (the form says when questions are fixed).
  const [survey, mine, responses] = await Promise.all([
    surveyFor(ctx, input.surveyId),
    cadre ? findById<SurveyAnswerDoc>(C.surveyAnswers, answerId(input.surveyId, cadre.doc._id)) : Promise.resolve(undefined),
    cadre ? Promise.resolve(undefined) : count(C.surveyAnswers, { surveyId: input.surveyId }),
  ])
  return { ...viewOf(ctx, survey, mine), ...(responses !== undefined ? { responses } : {}) }
}

export async function answerSurvey(ctx: ActionContext, input: ParsedInput<'survey.answer'>): Promise<SurveyView> {
  const { doc: cadre, as } = aboutCadre(ctx)
  const survey = await surveyFor(ctx, input.surveyId)
  if (!takesAnswers(survey, shanghaiDay(ctx.now))) throw new AppError('SURVEY_CLOSED')
  const problem = answersProblem(survey.questions, input.answers)
  if (problem) throw new AppError('BAD_INPUT', problem)
  const answer: SurveyAnswerDoc = {
    _id: answerId(survey._id, cadre._id),
    surveyId: survey._id,
    cadreId: cadre._id,
    communityId: cadre.communityId,
    answers: input.answers,
    by: as === 'staff' ? 'staff' : as === 'family' ? 'family' : 'cadre',
    byName: ctx.user?.name ?? cadre.name,
    cadreName: cadre.name,
    at: ctx.now,
  }
  // Keyed by survey and cadre: answering again (or pressing twice) replaces, never adds.
  const { _id, ...data } = answer
  await db.collection(C.surveyAnswers).doc(_id).set({ data })
  return viewOf(ctx, survey, answer)
}

/** A survey's answers as the caller may count them: staff their own community's; the bureau every community's. */
export async function answersFor(ctx: ActionContext, surveyId: string) {
  const [survey, communities] = await Promise.all([surveyFor(ctx, surveyId), findAll<CommunityDoc>(C.communities, {})])
  const own = ctx.relation === 'staff' ? staffCommunity(ctx) : null
  const reached = own ? [own] : communities.filter((c) => reaches(survey, c._id)).map((c) => c._id)
  const [answers, asked] = await Promise.all([
    findAll<SurveyAnswerDoc>(C.surveyAnswers, { surveyId: survey._id, ...(own ? { communityId: own } : {}) }),
    Promise.all(reached.map((c) => count(C.cadres, askedQuery(c, survey)))),
  ])
  answers.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
  const nameOf = (id: string) => communities.find((c) => c._id === id)?.name ?? ''
  return { survey, communities, reached, answers, asked, nameOf }
}

export async function surveyResults(ctx: ActionContext, input: ParsedInput<'survey.results'>): Promise<ActionOutput<'survey.results'>> {
  const { survey, reached, answers, asked, nameOf } = await answersFor(ctx, input.surveyId)
  const given = answers.map((a) => a.answers)
  const tallies = survey.questions.map((q) => tally(q, given))
  // Anonymous: the words people wrote are listed in an order that says nothing of who or when.
  if (survey.anonymous) for (const t of tallies) t.texts.sort((a, b) => a.localeCompare(b, 'zh-CN'))
  return {
    survey: { ...summaryOf(ctx, survey, { responses: answers.length }), questions: survey.questions },
    asked: asked.reduce((a, b) => a + b, 0),
    responses: answers.length,
    satisfaction: satisfactionRate(survey.questions, given),
    tallies,
    byCommunity: reached.map((c, i) => {
      const theirs = answers.filter((a) => a.communityId === c).map((a) => a.answers)
      return {
        communityName: nameOf(c),
        asked: asked[i],
        responses: theirs.length,
        satisfaction: satisfactionRate(survey.questions, theirs),
      }
    }),
    ...(survey.anonymous
      ? {}
      : {
          respondents: answers.map((a) => ({ cadreName: a.cadreName, byWords: byWords(a), atWords: momentWords(new Date(a.at)) })),
        }),
  }
}

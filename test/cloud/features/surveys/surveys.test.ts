// 问卷 through the real office function: one answer per cadre whoever fills it in (the last one kept, and who
// filled it said); answers that do not fit and answers out of time write nothing; results add up per question
// with the 满意率; an anonymous survey's results name nobody; each community sees only what reaches it, and
// cadres never read results.
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, DEMO, TARGET_CADRE } from '../../../support/callers'
import { STAFF } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import { newSurvey } from './fixtures'
import { sheetRows, workbookAt } from '../../../support/workbook'

const ctx = useCloud()
startEachTestFromHere(ctx)
afterEach(() => ctx.cloud.post('/__cloud/clock', undefined, 'DELETE'))

const { cadreSelf: CADRE, familyPermitted: DAUGHTER, staffOther: XINGHUA_STAFF, admin: BUREAU, cadreOther: LIU } = CALLERS
const answersTo = async (surveyId: string) => (await ctx.db.collection('surveyAnswers').where({ surveyId }).get()).data

it('keeps one answer per cadre: answered by the cadre, then again by his daughter, the daughter’s stands and says so', async () => {
  const { cloud } = ctx
  const survey = await cloud.ok(STAFF, 'survey.save', newSurvey())
  expect(survey.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3'])
  await cloud.ok(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q1: 3, q2: 1 } })
  const again = await cloud.ok(DAUGHTER, 'survey.answer', {
    surveyId: survey.id,
    cadreId: TARGET_CADRE,
    answers: { q1: 5, q2: 0, q3: '师傅很准时' },
  })
  expect(again.mine).toEqual({ answers: { q1: 5, q2: 0, q3: '师傅很准时' }, byWords: '家属代填（王丽）' })
  expect(await answersTo(survey.id)).toHaveLength(1)
  const listed = (await cloud.ok(CADRE, 'survey.list', { cadreId: TARGET_CADRE })).surveys.find((s) => s.id === survey.id)
  expect(listed).toMatchObject({ answered: true, open: true, fromWords: '桃园社区' })

  // Staff record 刘志明's answer on a visit; the results count both, with the 满意率 of the rating and the choice.
  await cloud.ok(STAFF, 'survey.answer', { surveyId: survey.id, cadreId: 'cadre-05', answers: { q1: 2, q2: 2 } })
  const results = await cloud.ok(STAFF, 'survey.results', { surveyId: survey.id })
  expect(results).toMatchObject({ responses: 2, satisfaction: 50 })
  expect(results.tallies[0].counts.map((c) => [c.label, c.count, c.percent])).toEqual([
    ['很不满意', 0, 0],
    ['不满意', 1, 50],
    ['一般', 0, 0],
    ['满意', 0, 0],
    ['非常满意', 1, 50],
  ])
  expect(results.tallies[2]).toMatchObject({ answered: 1, texts: ['师傅很准时'] })
  expect(results.respondents?.map((r) => [r.cadreName, r.byWords])).toEqual([
    ['王建国', '家属代填（王丽）'],
    ['刘志明', '社区走访时代填（陈静）'],
  ])
  expect(results.asked).toBeGreaterThan(2)
  // The named survey's workbook: who answered, who filled it in, and each answer in words.
  const answered = sheetRows(
    (await workbookAt((await cloud.ok(STAFF, 'survey.export', { surveyId: survey.id })).url)).getWorksheet('答卷')!,
  )
  expect(answered.map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
    ['王建国', '家属代填（王丽）', '😄 非常满意', '满意'],
    ['刘志明', '社区走访时代填（陈静）', '😞 不满意', '不满意'],
  ])

  // Questions stay as they were once answered; the closing day may move.
  await ctx.refused(
    STAFF,
    'survey.save',
    { ...newSurvey({ title: '改题' }), surveyId: survey.id, questions: [{ kind: 'rating', text: '新题', required: true }] },
    'BAD_INPUT',
  )
  const later = dayAfter(shanghaiDay(hostNow()), 20)
  expect((await cloud.ok(STAFF, 'survey.save', { ...newSurvey(), surveyId: survey.id, closesOn: later })).closesOn).toBe(later)
})

it('writes nothing for answers that do not fit or come out of time', async () => {
  const { cloud } = ctx
  const survey = await cloud.ok(STAFF, 'survey.save', newSurvey())
  await ctx.refused(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q2: 1 } }, 'BAD_INPUT')
  await ctx.refused(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q1: 6, q2: 1 } }, 'BAD_INPUT')
  await ctx.refused(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 3 } }, 'BAD_INPUT')
  await ctx.refused(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 1, q9: 1 } }, 'BAD_INPUT')
  const notYet = await cloud.ok(STAFF, 'survey.save', newSurvey({ opensOn: dayAfter(shanghaiDay(hostNow()), 2) }))
  await ctx.refused(CADRE, 'survey.answer', { surveyId: notYet.id, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 1 } }, 'SURVEY_CLOSED')
  // Not yet open: not on the cadre's list either.
  expect((await cloud.ok(CADRE, 'survey.list', { cadreId: TARGET_CADRE })).surveys.map((s) => s.id)).not.toContain(notYet.id)
  // Closed by moving the clock past its closing day.
  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() + 9 * 86_400_000).toISOString() })
  await ctx.refused(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 1 } }, 'SURVEY_CLOSED')
  expect(await answersTo(survey.id)).toHaveLength(0)
})

it('gives the results of an anonymous survey without a name, id or openid of anyone who answered', async () => {
  const { cloud } = ctx
  const survey = await cloud.ok(BUREAU, 'survey.save', newSurvey({ title: '匿名意见征集', anonymous: true }))
  await cloud.ok(CADRE, 'survey.answer', { surveyId: survey.id, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 0, q3: '希望多办讲座' } })
  await cloud.ok(LIU, 'survey.answer', { surveyId: survey.id, cadreId: 'cadre-05', answers: { q1: 1, q2: 2, q3: '送餐太咸' } })
  for (const who of [BUREAU, STAFF]) {
    const results = await cloud.ok(who, 'survey.results', { surveyId: survey.id })
    expect(results.responses).toBe(2)
    expect(results.tallies[2].texts).toEqual(['送餐太咸', '希望多办讲座'])
    const said = JSON.stringify(results)
    for (const secret of ['王建国', '刘志明', 'cadre-01', 'cadre-05', CADRE, LIU, '王丽', '陈静']) expect(said).not.toContain(secret)
  }
  // The workbook names nobody either, and lists what was written.
  const file = await cloud.ok(BUREAU, 'survey.export', { surveyId: survey.id })
  expect(file).toMatchObject({ fileName: '问卷-匿名意见征集.xlsx', responses: 2 })
  const wb = await workbookAt(file.url)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '各社区', '答卷'])
  const sheets = JSON.stringify(wb.worksheets.map(sheetRows))
  expect(sheets).toContain('希望多办讲座')
  for (const secret of ['王建国', '刘志明', '王丽', '陈静']) expect(sheets).not.toContain(secret)
  const city = await cloud.ok(BUREAU, 'survey.results', { surveyId: survey.id })
  expect(city.byCommunity.map((c) => [c.communityName, c.responses])).toEqual(
    expect.arrayContaining([
      ['桃园社区', 2],
      ['杏花社区', 0],
    ]),
  )
})

it('shows each community only what reaches it, and never results to cadres or family', async () => {
  const { cloud } = ctx
  const taoyuan = await cloud.ok(STAFF, 'survey.save', newSurvey({ title: '桃园自己的问卷' }))
  const xinghuaOnly = await cloud.ok(BUREAU, 'survey.save', newSurvey({ title: '杏花片区问卷', communityIds: ['c-xinghua'] }))
  const mine = (await cloud.ok(CADRE, 'survey.list', { cadreId: TARGET_CADRE })).surveys.map((s) => s.id)
  expect(mine).toContain(taoyuan.id)
  expect(mine).not.toContain(xinghuaOnly.id)
  await ctx.refused(CADRE, 'survey.answer', { surveyId: xinghuaOnly.id, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 1 } }, 'NOT_FOUND')
  await ctx.refused(XINGHUA_STAFF, 'survey.results', { surveyId: taoyuan.id }, 'NOT_FOUND')
  await ctx.refused(XINGHUA_STAFF, 'survey.save', { ...newSurvey(), surveyId: taoyuan.id }, 'NOT_FOUND')
  await ctx.refused(STAFF, 'survey.save', newSurvey({ communityIds: ['c-xinghua'] }), 'BAD_INPUT')
  expect((await cloud.ok(XINGHUA_STAFF, 'survey.list', {})).surveys.map((s) => s.id)).toContain(xinghuaOnly.id)
  await ctx.refused(CADRE, 'survey.results', { surveyId: taoyuan.id }, 'FORBIDDEN')
  await ctx.refused(DAUGHTER, 'survey.results', { surveyId: taoyuan.id }, 'FORBIDDEN')
  await ctx.refused(CADRE, 'survey.export', { surveyId: taoyuan.id }, 'FORBIDDEN')
  await ctx.refused(XINGHUA_STAFF, 'survey.export', { surveyId: taoyuan.id }, 'NOT_FOUND')
  // Those living alone only: a cadre who does not live alone is not asked.
  const alone = await cloud.ok(STAFF, 'survey.save', newSurvey({ title: '独居老人问卷', audience: '独居老人' }))
  await ctx.refused(CADRE, 'survey.get', { surveyId: alone.id, cadreId: TARGET_CADRE }, 'NOT_FOUND')
  // One grid only: 李秀英 of 桃园二网格 is asked, 王建国 of the first grid is not; the bureau has no grids.
  const grid2 = await cloud.ok(STAFF, 'survey.save', newSurvey({ title: '二网格问卷', grid: '桃园二网格' }))
  expect((await cloud.ok(DEMO.cadreLi, 'survey.list', { cadreId: 'cadre-02' })).surveys.map((s) => s.id)).toContain(grid2.id)
  await ctx.refused(CADRE, 'survey.get', { surveyId: grid2.id, cadreId: TARGET_CADRE }, 'NOT_FOUND')
  const counted = await cloud.ok(STAFF, 'survey.results', { surveyId: grid2.id })
  const all = await cloud.ok(STAFF, 'survey.results', { surveyId: taoyuan.id })
  expect(counted.asked).toBeGreaterThan(0)
  expect(counted.asked).toBeLessThan(all.asked)
  await ctx.refused(BUREAU, 'survey.save', newSurvey({ grid: '桃园二网格' }), 'BAD_INPUT')
})

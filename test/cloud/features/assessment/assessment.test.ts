// 考核 through the real office function: 桃园 scores its evidence items and hands in (once; no change after), the
// bureau is told, the automatic items are fixed from the year's figures at that moment; staff cannot review their
// own; the bureau's review names a community at the line or sets it 整改 items due in 30 days, which staff mark
// done; communities are ranked, and each sees only its own.
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS } from '../../../support/callers'
import { STAFF, uploadPhoto } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import { DEMO_SCHEME, defaultScheme } from './fixtures'
import { sheetRows, workbookAt } from '../../../support/workbook'

const ctx = useCloud()
startEachTestFromHere(ctx)

const { admin: BUREAU, staffOther: XINGHUA_STAFF, cadreSelf: CADRE } = CALLERS
const year = () => Number(shanghaiDay(hostNow()).slice(0, 4))
/** Two evidence items of 50 points each: the result is the bureau's scores alone. */
const twoItems = (name: string) => ({
  name,
  year: year(),
  total: 100 as const,
  passPercent: 85,
  items: [
    { group: '就近学习' as const, text: '学习台帐齐全', points: 50 },
    { group: '组织保障' as const, text: '专人负责、六室一站开放', points: 50 },
  ],
})
const community = async (id: string) => (await ctx.db.collection('communities').doc(id).get()).data as unknown as { assessment?: object }

it('takes 桃园’s self-assessment with evidence, hands it in once, and fixes the automatic items then', async () => {
  const { cloud } = ctx
  const scheme = await cloud.ok(BUREAU, 'assessment.saveScheme', defaultScheme())
  const draft = await cloud.ok(STAFF, 'assessment.get', { schemeId: scheme.id })
  expect(draft).toMatchObject({ communityName: '桃园社区', status: 'draft', statusWords: '还没有自评', passLine: 85, score: null })
  expect(draft.may).toEqual({ edit: true, submit: true, review: false, fix: false })
  // Automatic items show this year's figures as they stand; evidence items wait.
  expect(draft.items.filter((i) => i.auto).every((i) => i.auto!.score <= i.points)).toBe(true)

  const { ticket } = await uploadPhoto(cloud, STAFF, { purpose: 'evidencePhoto' })
  const saved = await cloud.ok(STAFF, 'assessment.self', {
    schemeId: scheme.id,
    items: [
      { itemId: 'i1', selfScore: 9, note: '每月第一个周五集中学习', photos: [ticket] },
      { itemId: 'i9', selfScore: 8 },
      { itemId: 'i10', selfScore: 5 },
    ],
  })
  expect(saved.items.find((i) => i.id === 'i1')).toMatchObject({ selfScore: 9, note: '每月第一个周五集中学习' })
  expect(saved.items.find((i) => i.id === 'i1')?.photos).toHaveLength(1)
  expect(saved.score).toBe(Math.round(saved.items.reduce((n, i) => n + (i.auto ? i.auto.score : (i.selfScore ?? 0)), 0) * 10) / 10)
  await ctx.refused(STAFF, 'assessment.self', { schemeId: scheme.id, items: [{ itemId: 'i3', selfScore: 10 }] }, 'BAD_INPUT')
  await ctx.refused(STAFF, 'assessment.self', { schemeId: scheme.id, items: [{ itemId: 'i1', selfScore: 11 }] }, 'BAD_INPUT')

  const handed = await cloud.ok(STAFF, 'assessment.submit', { schemeId: scheme.id })
  expect(handed).toMatchObject({ status: 'submitted', statusWords: '已交，等局里评审' })
  await ctx.refused(STAFF, 'assessment.submit', { schemeId: scheme.id }, 'WRONG_STATUS')
  await ctx.refused(STAFF, 'assessment.self', { schemeId: scheme.id, items: [{ itemId: 'i1', selfScore: 10 }] }, 'WRONG_STATUS')
  const told = (await ctx.db.collection('messages').where({ to: BUREAU }).get()).data as unknown as { title: string }[]
  expect(told.map((m) => m.title)).toContain('桃园社区交了考核自评')
  // Items are fixed once a community has handed in; the name may still change.
  await ctx.refused(BUREAU, 'assessment.saveScheme', { ...defaultScheme(), schemeId: scheme.id, passPercent: 80 }, 'BAD_INPUT')
  await cloud.ok(BUREAU, 'assessment.saveScheme', { ...defaultScheme('改个名字'), schemeId: scheme.id })

  // Staff cannot review (their own or any); 杏花 sees its own assessment whatever it names; cadres see none of it.
  await ctx.refused(
    STAFF,
    'assessment.review',
    { schemeId: scheme.id, communityId: 'c-taoyuan', items: [{ itemId: 'i1', score: 10 }] },
    'FORBIDDEN',
  )
  expect((await cloud.ok(XINGHUA_STAFF, 'assessment.get', { schemeId: scheme.id, communityId: 'c-taoyuan' })).communityName).toBe(
    '杏花社区',
  )
  await ctx.refused(CADRE, 'assessment.results', {}, 'FORBIDDEN')
  const bureauView = await cloud.ok(BUREAU, 'assessment.get', { schemeId: scheme.id, communityId: 'c-taoyuan' })
  expect(bureauView.may).toEqual({ edit: false, submit: false, review: true, fix: false })
  await ctx.refused(
    BUREAU,
    'assessment.review',
    { schemeId: scheme.id, communityId: 'c-taoyuan', items: [{ itemId: 'i1', score: 10 }] },
    'BAD_INPUT',
  )
})

it('names a community at the pass line, and sets one below it 整改 items that staff mark done', async () => {
  const { cloud } = ctx
  const scheme = await cloud.ok(BUREAU, 'assessment.saveScheme', twoItems('两项考核'))
  await cloud.ok(STAFF, 'assessment.submit', { schemeId: scheme.id })
  await cloud.ok(XINGHUA_STAFF, 'assessment.submit', { schemeId: scheme.id })

  const named = await cloud.ok(BUREAU, 'assessment.review', {
    schemeId: scheme.id,
    communityId: 'c-taoyuan',
    items: [
      { itemId: 'i1', score: 50 },
      { itemId: 'i2', score: 40, comment: '阅览室周末没开' },
    ],
  })
  expect(named).toMatchObject({
    score: 90,
    passed: true,
    fixes: [],
    resultWords: `90 分，达到 85 分：命名为 ${year()} 年度“四就近服务社区”`,
  })
  expect((await community('c-taoyuan')).assessment).toEqual({ year: year(), schemeName: '两项考核', passed: true, openFixes: 0 })
  await ctx.refused(
    BUREAU,
    'assessment.review',
    {
      schemeId: scheme.id,
      communityId: 'c-taoyuan',
      items: [
        { itemId: 'i1', score: 1 },
        { itemId: 'i2', score: 1 },
      ],
    },
    'WRONG_STATUS',
  )

  const below = await cloud.ok(BUREAU, 'assessment.review', {
    schemeId: scheme.id,
    communityId: 'c-xinghua',
    items: [
      { itemId: 'i1', score: 40, comment: '学习台帐缺三个月' },
      { itemId: 'i2', score: 44 },
    ],
  })
  const due = dayAfter(shanghaiDay(hostNow()), 30)
  expect(below).toMatchObject({ score: 84, passed: false })
  expect(below.fixes.map((f) => [f.itemId, f.dueOn, f.done])).toEqual([
    ['i1', due, false],
    ['i2', due, false],
  ])
  expect(below.fixes[0].text).toBe('学习台帐齐全（得 40 分，满分 50 分）：学习台帐缺三个月')
  expect((await community('c-xinghua')).assessment).toMatchObject({ passed: false, openFixes: 2 })
  const toLinli = (await ctx.db.collection('messages').where({ to: XINGHUA_STAFF }).get()).data as unknown as { title: string }[]
  expect(toLinli.map((m) => m.title)).toContain('考核结果：两项考核')

  const fixed = await cloud.ok(XINGHUA_STAFF, 'assessment.fix', { schemeId: scheme.id, itemId: 'i1', note: '补齐了三个月的学习台帐' })
  expect(fixed.fixes[0]).toMatchObject({ done: true, doneWords: '林丽 已整改：补齐了三个月的学习台帐' })
  expect((await community('c-xinghua')).assessment).toMatchObject({ openFixes: 1 })
  await ctx.refused(XINGHUA_STAFF, 'assessment.fix', { schemeId: scheme.id, itemId: 'i1', note: '再来一次' }, 'WRONG_STATUS')
  await ctx.refused(STAFF, 'assessment.fix', { schemeId: scheme.id, itemId: 'i2', note: '替杏花整改' }, 'NOT_FOUND')

  // The bureau ranks every community; staff see their own line only.
  const city = (await cloud.ok(BUREAU, 'assessment.results', {})).schemes.find((s) => s.id === scheme.id)!
  expect(city.rows.map((r) => [r.rank, r.communityName, r.score, r.passed])).toEqual([
    [1, '桃园社区', 90, true],
    [2, '杏花社区', 84, false],
  ])
  const own = await cloud.ok(XINGHUA_STAFF, 'assessment.results', {})
  expect(own.schemes.find((s) => s.id === scheme.id)?.rows.map((r) => r.communityName)).toEqual(['杏花社区'])
  expect(own.history.map((h) => [h.schemeName, h.score])).toEqual(expect.arrayContaining([['两项考核', 84]]))

  // The score sheet: a sheet per scheme, the communities ranked with every item's score; staff get their own row.
  const sheet = (await workbookAt((await cloud.ok(BUREAU, 'assessment.export', {})).url)).getWorksheet('两项考核')!
  expect(sheetRows(sheet).map((r) => r.slice(0, 7))).toEqual([
    [1, '桃园社区', '已评审', 90, '达标', 50, 40],
    [2, '杏花社区', '已评审', 84, '没有达标', 40, 44],
  ])
  const theirs = (await workbookAt((await cloud.ok(XINGHUA_STAFF, 'assessment.export', {})).url)).getWorksheet('两项考核')!
  expect(sheetRows(theirs).map((r) => r[1])).toEqual(['杏花社区'])
})

it('offers the default 100-point scheme, and the seeded one 杏花 has handed in', async () => {
  const { cloud } = ctx
  const { schemes, template } = await cloud.ok(STAFF, 'assessment.schemes', {})
  expect(template).toMatchObject({ total: 100, passPercent: 85 })
  expect(schemes.find((s) => s.id === DEMO_SCHEME)).toMatchObject({ submitted: 1, passLine: 85 })
  await ctx.refused(BUREAU, 'assessment.saveScheme', { ...twoItems('加不满'), items: twoItems('').items.slice(1) }, 'BAD_INPUT')
})

// A valid input for each assessment action, made fresh for each call (the gates call every action as every caller):
// a new scheme each time a community's assessment must start from a draft.
import type { assessmentContracts } from '../../../../cloudfunctions/lib/features/assessment/contract'
import type { ActionInput } from '../../../../cloudfunctions/lib/contracts'
import { DEFAULT_SCHEME } from '../../../../cloudfunctions/lib/features/assessment/rules'
import { shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import type { LocalCloud } from '../../../support/localcloud'
import { CALLERS } from '../../../support/callers'
import { Fixture, STAFF } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'

export const DEMO_SCHEME = 'scheme-demo'

/** The default scheme as the bureau would save it this year. */
export const defaultScheme = (name = DEFAULT_SCHEME.name): ActionInput<'assessment.saveScheme'> => ({
  name,
  year: Number(shanghaiDay(hostNow()).slice(0, 4)),
  total: 100,
  passPercent: DEFAULT_SCHEME.passPercent,
  items: DEFAULT_SCHEME.items.map((i) => ({
    group: i.group,
    text: i.text,
    points: i.points,
    ...(i.auto ? { measure: i.auto.measure, target: i.auto.target } : {}),
  })),
})

export const newScheme = async (cloud: LocalCloud) => (await cloud.ok(CALLERS.admin, 'assessment.saveScheme', defaultScheme())).id

/** The evidence items of the default scheme, each given `score` (capped at its points). */
export const evidenceScores = (score: number) =>
  DEFAULT_SCHEME.items.filter((i) => !i.auto).map((i) => ({ itemId: i.id, score: Math.min(score, i.points) }))

/** A new scheme 桃园 has handed in. */
export async function handedIn(cloud: LocalCloud) {
  const schemeId = await newScheme(cloud)
  await cloud.ok(STAFF, 'assessment.submit', { schemeId })
  return schemeId
}

export const assessmentFixtures: { [A in keyof typeof assessmentContracts]: Fixture<A> } = {
  'assessment.schemes': async () => ({ input: {} }),
  'assessment.saveScheme': async () => ({ input: defaultScheme('某区千分量化考核') }),
  'assessment.get': async () => ({ input: { schemeId: DEMO_SCHEME, communityId: 'c-taoyuan' } }),
  'assessment.self': async (cloud) => ({
    input: { schemeId: await newScheme(cloud), items: [{ itemId: 'i1', selfScore: 8, note: '每月一次集中学习' }] },
  }),
  'assessment.submit': async (cloud) => ({ input: { schemeId: await newScheme(cloud) } }),
  'assessment.review': async (cloud) => ({
    input: { schemeId: await handedIn(cloud), communityId: 'c-taoyuan', items: evidenceScores(10) },
  }),
  'assessment.fix': async (cloud) => {
    const schemeId = await handedIn(cloud)
    await cloud.ok(CALLERS.admin, 'assessment.review', { schemeId, communityId: 'c-taoyuan', items: evidenceScores(0) })
    return { input: { schemeId, itemId: 'i1', note: '补齐了学习台帐' } }
  },
  'assessment.results': async () => ({ input: {} }),
  'assessment.export': async () => ({ input: {} }),
}

// First-run setup, replacing the console typing: the first community with its default service catalogue, and an
// invite code for its first staff member (and, if asked, one for a member of the bureau). Written through the
// manager API as upserts keyed by _id, so running it again changes nothing; the codes are printed once, to be
// handed over in person.
import crypto from 'node:crypto'
import { z } from 'zod'
import { DEFAULT_CATALOG } from '../../cloudfunctions/lib/features/services/rules'
import { codeWords, formatCode, newInvite, INVITE_VALID_DAYS } from '../../cloudfunctions/lib/features/people/rules'
import type { CommunityDoc } from '../../cloudfunctions/lib/features/people/docs'
import type { Cloud } from './cloudbase'

export const bootstrapInput = z.strictObject({
  communityId: z.string().regex(/^[a-z0-9-]{2,40}$/, '社区编号只用小写字母、数字和短横线，如 c-taoyuan'),
  community: z.string().trim().min(2, '社区名称至少两个字'),
  district: z.string().trim().min(2, '请写所在的区，如 海曙区'),
  dutyPhone: z.string().regex(/^[0-9-]{7,20}$/, '值班电话只写数字和短横线'),
  address: z.string().trim().min(4, '请写社区的地址'),
  staff: z.string().trim().min(2, '请写第一位社区工作人员的姓名'),
  bureau: z.string().trim().min(2).optional(),
})
export type BootstrapInput = z.infer<typeof bootstrapInput>

type Doc = { _id: string } & Record<string, unknown>

/** What the first run writes, collection by collection (pure, so the plan can be shown and tested). */
export function bootstrapDocs(input: BootstrapInput, codes: { staff: string; bureau?: string }, now: Date): Record<string, Doc[]> {
  const community: CommunityDoc = {
    _id: input.communityId,
    name: input.community,
    district: input.district,
    dutyPhone: input.dutyPhone,
    address: input.address,
  }
  return {
    communities: [{ ...community }],
    serviceTypes: DEFAULT_CATALOG.map((s) => ({ _id: `${community._id}:${s.key}`, communityId: community._id, ...s, active: true })),
    bindingCodes: [
      newInvite(codes.staff, { purpose: 'staff', name: input.staff, communityId: community._id }, 'deploy', now),
      ...(input.bureau && codes.bureau ? [newInvite(codes.bureau, { purpose: 'admin', name: input.bureau }, 'deploy', now)] : []),
    ],
  }
}

/** Mongo extended JSON, which the database's command interface reads: dates stay dates. */
export function toExtended(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() }
  if (Array.isArray(value)) return value.map(toExtended)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toExtended(v)]))
  return value
}

export async function bootstrap(cloud: Cloud, input: BootstrapInput, now: Date, say: (line: string) => void) {
  const codes = {
    staff: formatCode(crypto.randomInt(0, 1e8) / 1e8),
    ...(input.bureau ? { bureau: formatCode(crypto.randomInt(0, 1e8) / 1e8) } : {}),
  }
  const docs = bootstrapDocs(input, codes, now)
  for (const [collection, list] of Object.entries(docs)) {
    // Insert-if-absent: a community or catalogue entry already there (edited since, perhaps) is left as it is.
    const updates = list.map(({ _id, ...rest }) => ({ q: { _id }, u: { $setOnInsert: toExtended(rest) }, upsert: true }))
    await cloud.manager.database.runCommands({
      MgoCommands: [{ TableName: collection, CommandType: 'COMMAND', Command: JSON.stringify({ update: collection, updates }) }],
    })
    say(`✔ ${collection}：${list.length} 条`)
  }
  say(`第一位社区工作人员 ${input.staff} 的邀请码：${codeWords(codes.staff)}（${INVITE_VALID_DAYS} 天内有效，只能用一次）`)
  if (codes.bureau) say(`老干部局 ${input.bureau} 的邀请码：${codeWords(codes.bureau)}`)
  say('请当面交给本人：在小程序“我的”里点“我是社区工作人员 / 老干部局，有邀请码”，输入后即开通。')
}

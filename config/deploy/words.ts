// The plan in words a city's IT staff read before anything changes.
import type { Plan } from './plan'
import { isEmpty } from './plan'

const list = (items: string[]) => items.join('、')
const rule = (r: { read: boolean | string; write: boolean | string }) => `读 ${JSON.stringify(r.read)}，写 ${JSON.stringify(r.write)}`

export function planWords(
  plan: Plan,
  declared: {
    collectionRule: { read: boolean | string; write: boolean | string }
    storageRule: { read: boolean | string; write: boolean | string }
  },
): string[] {
  const lines: string[] = []
  if (plan.createCollections.length) lines.push(`建集合 ${plan.createCollections.length} 个：${list(plan.createCollections)}`)
  if (plan.setRules.length) lines.push(`设集合权限 ${plan.setRules.length} 个（${rule(declared.collectionRule)}）：${list(plan.setRules)}`)
  if (plan.setStorageRule) lines.push(`设云存储权限（${rule(declared.storageRule)}）`)
  if (plan.addIndexes.length) {
    lines.push(`建索引 ${plan.addIndexes.length} 个：`)
    for (const i of plan.addIndexes) lines.push(`  ${i.collection}.${i.name}（${i.fields.join(' + ')}${i.unique ? '，唯一' : ''}）`)
  }
  for (const f of plan.functions) {
    const what = [
      f.upload ? `上传代码${f.fingerprint ? `（${f.fingerprint}）` : '（构建后）'}，云端安装依赖` : '',
      f.configure ? `超时 ${f.timeout} 秒` : '',
      f.missingVariables.length ? `生成环境变量 ${list(f.missingVariables)}` : '',
    ].filter(Boolean)
    lines.push(`云函数 ${f.name}：${what.join('；')}`)
  }
  for (const t of plan.createTriggers)
    lines.push(`定时触发器 ${t.functionName}：${t.triggers.map((x) => `${x.name}（${x.config}）`).join('、')}`)
  if (plan.uploadWeapp) lines.push(`上传小程序体验版：版本 ${plan.uploadWeapp.version}，说明“${plan.uploadWeapp.desc}”`)
  if (isEmpty(plan)) lines.push('环境和仓库一致，没有要改的。')
  for (const c of plan.conflictingIndexes)
    lines.push(
      `⚠ 索引 ${c.wanted.collection}.${c.wanted.name} 已有，但字段是 ${c.has.fields.join(' + ')}${c.has.unique ? '（唯一）' : ''}，` +
        `仓库要 ${c.wanted.fields.join(' + ')}${c.wanted.unique ? '（唯一）' : ''}：不会自动删了重建，请在控制台核对后手动处理`,
    )
  for (const x of plan.extraIndexes) lines.push(`⚠ 索引 ${x.collection}.${x.name} 在环境里有、仓库里没有：保留不动，请确认是否还要`)
  for (const x of plan.extraTriggers) lines.push(`⚠ 触发器 ${x.functionName}.${x.name} 在环境里有、仓库里没有：保留不动，请确认是否还要`)
  return lines
}

// 服务卡政策: how much each cadre gets a year, on which day, whether last year's unused allowance is written off,
// and how large an adjustment needs a second staff member. The bureau (admin) edits it per community; staff read it.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { CardPolicyView } from '@cloud/contracts'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { PickField } from '../../../components/pick-field'

const GROUPS = [
  ['离休', '副县级以上'],
  ['离休', '一般'],
  ['退休', '副县级以上'],
  ['退休', '一般'],
] as const
const YEAR_END = { expire: '年底作废（家属充值的钱不作废）', carry: '结转到下一年' } as const
const toYuan = (fen: number) => String(fen / 100)
const toFen = (yuanText: string) => Math.round(Number(yuanText) * 100)

export default function CardPolicy() {
  const [communityId, setCommunityId] = useState<string | undefined>(undefined)
  const { data, error, loading, reload } = useAction('cardPolicy.get', communityId ? { communityId } : {})
  return (
    <Screen title='服务卡政策'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && data.communities.length > 1 ? (
        <Choice
          label='哪个社区'
          options={data.communities.map((c) => c.name)}
          value={data.communityName}
          onChange={(name) => setCommunityId(data.communities.find((c) => c.name === name)?.id)}
        />
      ) : null}
      {data ? <PolicyWords policy={data} /> : null}
      {data?.canEdit ? <PolicyForm key={data.communityId} policy={data} onSaved={reload} /> : null}
    </Screen>
  )
}

function PolicyWords({ policy }: { policy: CardPolicyView }) {
  return (
    <Card>
      <Text className='t-strong'>
        {policy.communityName}
        {policy.isDefault ? '（用的是全市默认政策）' : ''}
      </Text>
      {GROUPS.map(([category, rank]) => (
        <View key={category + rank}>
          <Text className='t-body'>
            {category} · {rank}：每年 {toYuan(policy.allowanceFen[category][rank])}&nbsp;元
          </Text>
        </View>
      ))}
      <View>
        <Text className='t-body'>
          每年 {Number(policy.issueOn.slice(0, 2))} 月 {Number(policy.issueOn.slice(3))} 日发放
        </Text>
      </View>
      <View>
        <Text className='t-body'>没用完的年度服务金：{YEAR_END[policy.yearEnd]}</Text>
      </View>
      <View>
        <Text className='t-body'>调整超过 {toYuan(policy.approvalAboveFen)}&nbsp;元要另一位工作人员审批</Text>
      </View>
    </Card>
  )
}

function PolicyForm({ policy, onSaved }: { policy: CardPolicyView; onSaved: () => Promise<void> }) {
  const [amounts, setAmounts] = useState(() => GROUPS.map(([c, r]) => toYuan(policy.allowanceFen[c][r])))
  const [issueOn, setIssueOn] = useState(policy.issueOn)
  const [yearEnd, setYearEnd] = useState<string>(YEAR_END[policy.yearEnd])
  const [approvalAbove, setApprovalAbove] = useState(toYuan(policy.approvalAboveFen))
  const { result, busy, submit } = useSubmit(onSaved, '没有保存，请再试一次')
  const save = () => {
    const fen = amounts.map(toFen)
    void submit(
      () =>
        call('cardPolicy.save', {
          communityId: policy.communityId,
          allowanceFen: { 离休: { 副县级以上: fen[0], 一般: fen[1] }, 退休: { 副县级以上: fen[2], 一般: fen[3] } },
          issueOn,
          yearEnd: yearEnd === YEAR_END.expire ? 'expire' : 'carry',
          approvalAboveFen: toFen(approvalAbove),
        }),
      (saved) => `已保存${saved.communityName}的服务卡政策，下次发放起按新政策办`,
    )
  }
  return (
    <Section title='修改政策'>
      {GROUPS.map(([category, rank], i) => (
        <Field
          key={category + rank}
          label={`${category} · ${rank}（元/年）`}
          value={amounts[i]}
          type='digit'
          maxlength={6}
          onInput={(v) => setAmounts(amounts.map((a, j) => (j === i ? v : a)))}
        />
      ))}
      <PickField label='每年哪天发放' mode='monthDay' value={issueOn} onChange={setIssueOn} testId='issue-on' />
      <Choice label='没用完的年度服务金' options={Object.values(YEAR_END)} value={yearEnd} onChange={setYearEnd} />
      <Field label='调整超过多少元要审批' value={approvalAbove} type='digit' maxlength={6} onInput={setApprovalAbove} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label='保存政策' disabled={busy} onPress={save} />
    </Section>
  )
}

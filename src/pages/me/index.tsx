// 我的: who I am, elder mode, my role, the family I am bound to, and requests waiting for me.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { LinkView, Role } from '@cloud/contracts'
import { call, ApiError } from '../../api'
import { useAction } from '../../api/useAction'
import { Screen, Section } from '../../components/screen'
import { BigButton, Button } from '../../components/controls'
import { Card } from '../../components/card'
import { Loading, Notice } from '../../components/notice'
import { ApprovalCard } from '../../components/approval'
import { useElder } from '../../components/elder'
import { PERMISSION_NAMES, ROLE_NAMES } from '../../roles'
import { WechatReminderSettings } from '../../components/wechat-reminders'
import type { PushKind } from '@cloud/features/push/templates'
import { go } from '../../routes'
import { LoadError } from '../../components/load-error'

/** Cadres and family hear of visits and activities; only family are told of birthdays. */
/** Staff and the bureau serve cadres: binding an elder of one's own or claiming a record is not for this account. */
const worksHere = (roles: readonly Role[]) => roles.includes('staff') || roles.includes('admin')

const pushKindsFor = (roles: readonly Role[]): PushKind[] => [
  ...(roles.includes('cadre') || roles.includes('family') ? (['service', 'activity'] as const) : []),
  ...(roles.includes('family') ? (['birthday'] as const) : []),
]

export default function Me() {
  const { data, error, loading, reload } = useAction('me.get', {})
  const { elder, setElder } = useElder()
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      setMessage({ kind: 'ok', text: done })
      await reload()
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : '操作没有成功，请再试一次' })
    }
  }
  const toggleElder = () => {
    const next = !elder
    setElder(next)
    void run(() => call('me.update', { elderMode: next }), next ? '已开启长辈模式，字更大了' : '已关闭长辈模式')
  }
  const switchRole = (role: Role) => void run(() => call('me.update', { activeRole: role }), `已切换为${ROLE_NAMES[role]}`)
  const endLink = (link: LinkView) =>
    void Taro.showModal({
      title: '解除绑定',
      content: `确定解除与${link.familyName === data?.me.name ? link.cadreName : link.familyName}的绑定吗？`,
    }).then((r) => {
      if (r.confirm) void run(() => call('binding.end', { linkId: link.id }), '已解除绑定')
    })

  const me = data?.me
  const asCadre = data?.links.filter((l) => l.cadreId === me?.cadre?.id) ?? []
  const asFamily = data?.links.filter((l) => l.cadreId !== me?.cadre?.id) ?? []
  return (
    <Screen title='我的'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {message ? <Notice kind={message.kind} text={message.text} /> : null}
      {me ? (
        <Card>
          <Text className='t-huge'>{me.name || '未登记的用户'}</Text>
          <View>
            <Text className='t-body'>{me.roles.length ? me.roles.map((r) => ROLE_NAMES[r]).join('、') : '还没有绑定老人，也没有登记'}</Text>
          </View>
          {me.community ? (
            <View>
              <Text className='t-body t-muted'>{me.community.name}</Text>
            </View>
          ) : null}
        </Card>
      ) : null}
      <Button
        kind='plain'
        label={elder ? '长辈模式：已开启' : '长辈模式：已关闭'}
        hint={elder ? '点一下恢复标准字号' : '点一下把字变大'}
        onPress={toggleElder}
      />
      {me && me.roles.length > 1 ? (
        <Section title='切换身份'>
          <View className='row'>
            {me.roles.map((r) => (
              <Button
                key={r}
                kind={r === me.activeRole ? 'primary' : 'plain'}
                label={r === me.activeRole ? `✓ ${ROLE_NAMES[r]}` : ROLE_NAMES[r]}
                onPress={() => switchRole(r)}
              />
            ))}
          </View>
        </Section>
      ) : null}
      {data && data.pendingApprovals.length > 0 ? (
        <Section title='等我确认的绑定申请'>
          {data.pendingApprovals.map((l) => (
            <ApprovalCard key={l.id} link={l} onDecided={() => void reload()} />
          ))}
        </Section>
      ) : null}
      {me?.cadre ? (
        <Section title='绑定我的家人'>
          {asCadre.length === 0 ? <Notice kind='info' text='还没有家人绑定您。' /> : null}
          {asCadre.map((l) => (
            <LinkCard key={l.id} link={l} who={`${l.familyName}（${l.relation}）`} onEnd={() => endLink(l)} />
          ))}
        </Section>
      ) : null}
      {asFamily.length > 0 ? (
        <Section title='我绑定的老人'>
          {asFamily.map((l) => (
            <LinkCard key={l.id} link={l} who={l.cadreName} onOpen={() => go('cadre', { id: l.cadreId })} onEnd={() => endLink(l)} />
          ))}
        </Section>
      ) : null}
      <WechatReminderSettings kinds={pushKindsFor(me?.roles ?? [])} />
      {me ? <Button label='我的消息' hint='预约、生日提醒、求助和走访的通知' onPress={() => go('messages')} /> : null}
      {me && !worksHere(me.roles) ? <BigButton label='绑定家中老人' onPress={() => go('bind')} /> : null}
      {me && !me.cadre && !worksHere(me.roles) ? <Button label='我是老干部，我有绑定码' onPress={() => go('claim')} /> : null}
      {me && !worksHere(me.roles) ? (
        <Button kind='plain' label='我是社区工作人员 / 老干部局，有邀请码' onPress={() => go('claim', { as: 'staff' })} />
      ) : null}
      {LOCAL_MODE ? <Button kind='plain' label='换一个身份体验' hint='本地演示' onPress={() => go('picker')} /> : null}
    </Screen>
  )
}

function LinkCard({ link, who, onOpen, onEnd }: { link: LinkView; who: string; onOpen?: () => void; onEnd: () => void }) {
  const granted = (Object.keys(PERMISSION_NAMES) as (keyof typeof PERMISSION_NAMES)[]).filter((k) => link.permissions[k])
  return (
    <Card>
      <Text className='t-strong'>{who}</Text>
      <View>
        <Text className='t-body'>{link.status === 'pending' ? '○ 等待确认' : '✔ 已绑定'}</Text>
      </View>
      {link.status === 'active' ? (
        <View>
          <Text className='t-body t-muted'>可以：{granted.map((k) => PERMISSION_NAMES[k]).join('、') || '仅查看'}</Text>
        </View>
      ) : null}
      <View className='row'>
        {onOpen && link.status === 'active' ? <Button label='查看' onPress={onOpen} /> : null}
        <Button kind='plain' label={link.status === 'pending' ? '撤回申请' : '解除绑定'} onPress={onEnd} />
      </View>
    </Card>
  )
}

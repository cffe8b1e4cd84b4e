// WeChat reminders (订阅消息). WeChat only lets a mini-program ask from a tap, and each 允许 is good for one
// message, so we ask right after the thing the reminder is about (a booking, a sign-up, a binding) and from
// 我的, and say plainly that the same reminder is always in 我的消息 too. The H5 demo has no WeChat to ask.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PUSH_TEMPLATES, type PushKind } from '@cloud/features/push/templates'
import type { ActionInput } from '@cloud/contracts'
import { call, ApiError } from '../../api'
import { useAction } from '../../api/useAction'
import { Section } from '../screen'
import { Button } from '../controls'
import { Card } from '../card'
import { Notice } from '../notice'

type Moment = ActionInput<'push.consent'>['moment']

const IN_WECHAT = process.env.TARO_ENV === 'weapp'

/** Asks WeChat for the templates, records the ones allowed; answers how many were allowed. */
async function askWechat(kinds: readonly PushKind[], moment: Moment): Promise<number> {
  const tmplIds = kinds.map((k) => PUSH_TEMPLATES[k].id)
  const answer = (await Taro.requestSubscribeMessage({ tmplIds } as never)) as unknown as Record<string, string>
  const allowed = tmplIds.filter((id) => answer[id] === 'accept')
  if (allowed.length) await call('push.consent', { templateIds: allowed, moment })
  return allowed.length
}

function useAsk(moment: Moment, after?: () => Promise<void>) {
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'info' | 'error'; text: string } | null>(null)
  const ask = async (kinds: readonly PushKind[]) => {
    try {
      const allowed = await askWechat(kinds, moment)
      setOutcome(
        allowed
          ? { kind: 'ok', text: '好的，到时候会在微信里提醒您一次。' }
          : { kind: 'info', text: '没有开通微信提醒。提醒仍会放在“我的消息”里。' },
      )
      await after?.()
    } catch (e) {
      setOutcome({ kind: 'error', text: e instanceof ApiError ? e.message : '没有开通成功，提醒仍会放在“我的消息”里。' })
    }
  }
  return { outcome, ask }
}

/** After booking, signing up or binding: one tap to be reminded in WeChat as well. */
export function RemindMe({ kinds, moment, label }: { kinds: readonly PushKind[]; moment: Moment; label: string }) {
  const { outcome, ask } = useAsk(moment)
  if (!IN_WECHAT) return null
  return (
    <Card>
      {outcome ? (
        <Notice kind={outcome.kind} text={outcome.text} />
      ) : (
        <Button label={label} hint='微信会问您是否允许，点“允许”就行' onPress={() => void ask(kinds)} />
      )}
    </Card>
  )
}

/** 我的 → 微信提醒, for those who receive reminders (cadres and family): nothing is loaded for anyone else. */
export function WechatReminderSettings({ kinds }: { kinds: readonly PushKind[] }) {
  return kinds.length ? <ReminderKinds kinds={kinds} /> : null
}

/** How many reminders of each kind are still allowed, and a button to allow one more. */
function ReminderKinds({ kinds }: { kinds: readonly PushKind[] }) {
  const { data, reload } = useAction('push.status', {})
  const { outcome, ask } = useAsk('settings', reload)
  if (!data) return null
  return (
    <Section title='微信提醒'>
      <Notice
        kind='info'
        text={
          IN_WECHAT
            ? '每点一次“允许”，微信就能给您发一条提醒。所有提醒也都在“我的消息”里。'
            : '在微信小程序里可以开通微信提醒。所有提醒都在“我的消息”里。'
        }
      />
      {outcome ? <Notice kind={outcome.kind} text={outcome.text} /> : null}
      {data.kinds
        .filter((k) => kinds.includes(k.kind))
        .map((k) => (
          <Card key={k.kind}>
            <Text className='t-strong'>{k.title}</Text>
            <View>
              <Text className='t-body'>{k.open ? `还能收 ${k.open} 条` : '现在收不到微信提醒'}</Text>
            </View>
            {IN_WECHAT ? <Button label={`开通一次${k.title}`} onPress={() => void ask([k.kind])} /> : null}
          </Card>
        ))}
    </Section>
  )
}

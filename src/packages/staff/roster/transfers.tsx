// 迁入迁出 on the roster: cadres another community asks to move here (accept them, and they join this roster with
// their card and family), and those this community asked to move away, waiting for the other side.
import { Text, View } from '@tarojs/components'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Section } from '../../../components/screen'
import { Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Notice } from '../../../components/notice'

export function Transfers({ onAccepted }: { onAccepted: () => void }) {
  const { data, reload } = useAction('transfer.list', {})
  const { result, busy, submit } = useSubmit(reload)
  if (!data || (data.incoming.length === 0 && data.outgoing.length === 0 && !result)) return null
  const accept = (cadreId: string) =>
    void submit(
      () => call('cadre.acceptTransfer', { cadreId }),
      (saved) => {
        onAccepted()
        return `${saved.name}${saved.changedWords}`
      },
    )
  return (
    <Section title='迁入迁出'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data.incoming.map((t) => (
        <Card key={t.cadreId}>
          <Text className='t-strong'>
            {t.name}：从{t.fromName}迁来
          </Text>
          <View>
            <Text className='t-body t-muted'>{t.askedWords}</Text>
          </View>
          <Button
            kind='primary'
            label={`接收${t.name}`}
            hint='档案、服务卡、家属绑定转到本社区'
            disabled={busy}
            onPress={() => accept(t.cadreId)}
          />
        </Card>
      ))}
      {data.outgoing.map((t) => (
        <Card key={t.cadreId}>
          <Text className='t-body'>
            {t.name}：申请迁到{t.toName}，等对方接收（{t.askedWords}）
          </Text>
        </Card>
      ))}
    </Section>
  )
}

// 联系卡: every number that matters to one cadre, each a big button that dials it, 110 and 120 last; and the same
// card as a picture to print and put by the telephone or send to the family group.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { Button, CallButton } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { usePageParams } from '../../../routes'
import { saveCardPicture } from './picture'

export default function ContactCard() {
  const { cadreId } = usePageParams('contactCard')
  const { data, error, loading } = useAction('contactCard.get', { cadreId })
  const [saved, setSaved] = useState('')
  const save = () =>
    data &&
    saveCardPicture(data).then(
      () => setSaved('图片做好了，可以打印出来放在电话旁边，或者发到家人群里'),
      () => setSaved('没有存成图片，请再试一次'),
    )
  return (
    <Screen title='联系卡'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <View>
          <Card>
            <Text className='t-strong'>{data.cadreName}</Text>
            <View>
              <Text className='t-body'>{data.address}</Text>
            </View>
          </Card>
          {data.lines.map((l) => (
            <CallButton
              key={l.phone}
              kind={l.phone === '110' || l.phone === '120' ? 'danger' : 'secondary'}
              label={l.who === l.phone ? `${l.label} ${l.phone}` : `${l.label}：${l.who}`}
              phone={l.phone}
            />
          ))}
          {saved ? <Notice kind='ok' text={saved} /> : null}
          <Button kind='primary' label='存成图片' hint='打印出来，或者发到家人群里' onPress={() => void save()} />
        </View>
      ) : null}
    </Screen>
  )
}

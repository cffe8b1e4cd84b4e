// Local H5 only (not in the weapp build): choose a seeded demo person to use the app as.
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ROLE_NAMES } from '../../../roles'
import type { Role } from '@cloud/contracts'

interface Identity {
  openid: string
  role: Role | undefined
  name: string
  note: string
}

export default function Picker() {
  const [people, setPeople] = useState<Identity[] | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    fetch('/__cloud/identities')
      .then((r) => r.json() as Promise<Identity[]>)
      .then(setPeople)
      .catch(() => setError('没有连上本地云环境，请确认 npm start 正在运行'))
  }, [])
  return (
    <Screen title='以谁的身份体验'>
      <Notice kind='info' text='这是本地演示环境。选一位，就用他的身份打开小程序。' />
      {error ? <Notice kind='error' text={error} /> : null}
      {!people && !error ? <Loading /> : null}
      {people?.map((p) => (
        <Card key={p.openid} onPress={() => (window.location.href = `/__cloud/as/${encodeURIComponent(p.openid)}`)}>
          <Text className='t-strong'>{p.name}</Text>
          <View>
            <Text className='t-body'>{p.role ? ROLE_NAMES[p.role] : '新用户'}</Text>
          </View>
          <View>
            <Text className='t-body t-muted'>{p.note}</Text>
          </View>
        </Card>
      ))}
    </Screen>
  )
}

// One 意见建议: what was said and by whom, where it stands (in words and a sign, never colour alone), by when the
// community must finish it, and every reply in order.
import { View, Text } from '@tarojs/components'
import type { VoiceView } from '@cloud/contracts'
import { Card } from '../card'
import { PhotoStrip } from '../photo-picker'
import { Rated } from '../rating'
import './index.css'

const SIGN = { new: '○ ', handling: '◐ ', closed: '✔ ' } as const

export function VoiceCard({ v, showCadre = false }: { v: VoiceView; showCadre?: boolean }) {
  return (
    <Card>
      <Text className='t-strong'>
        {SIGN[v.status]}
        {v.kind} · {v.statusWords}
        {v.overdue ? ` · ⚠ ${v.dueWords}` : v.dueWords ? ` · ${v.dueWords}` : ''}
      </Text>
      {showCadre ? (
        <View>
          <Text className='t-body'>老人：{v.cadreName}</Text>
        </View>
      ) : null}
      {v.aboutWords ? (
        <View>
          <Text className='t-body'>{v.aboutWords}</Text>
        </View>
      ) : null}
      <View>
        <Text className='t-body'>{v.text}</Text>
      </View>
      <PhotoStrip photos={v.photos} label={`${v.kind}的照片`} />
      <View>
        <Text className='t-body t-muted'>
          {v.fromWords} · {v.atWords}
          {v.takenOver ? ' · 老干部局督办' : ''}
        </Text>
      </View>
      {v.replies.map((r, i) => (
        <View key={i} className='voice-reply'>
          <Text className='t-body'>
            {r.closed ? '✔ 办结答复' : '答复'}（{r.whoWords}，{r.atWords}）：{r.text}
          </Text>
        </View>
      ))}
      {v.rating ? <Rated rating={v.rating} /> : null}
    </Card>
  )
}

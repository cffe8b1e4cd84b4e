// 一篇学习资料: large type, paragraph by paragraph; read aloud where the platform can; "我读完了" for the cadre;
// "请社区送学上门" books the study service with the material's title as the note. Staff see who has read it.
import { View, Text, Image } from '@tarojs/components'
import Taro, { useUnload } from '@tarojs/taro'
import { useState } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { canReadAloud, readAloud, stopReading } from './speech'
import './index.css'
import { go, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { useShareCard } from '../../../api/share'

export default function Material() {
  const params = usePageParams('material')
  const input = { materialId: params.id, cadreId: params.cadreId }
  const { data: m, error, loading, setData } = useAction('material.get', input)
  useShareCard(() => (m ? { title: `学习资料：${m.title}`, route: 'material', params: { id: m.id, cadreId: params.cadreId } } : null))
  const home = useAction('home.get', {})
  const isCadre = home.data?.me.activeRole === 'cadre'
  const pictureUrls = m?.body.flatMap((p) => (p.picture?.url ? [p.picture.url] : [])) ?? []
  const [reading, setReading] = useState(false)
  const [silent, setSilent] = useState(false)
  const { result, busy, submit } = useSubmit()
  useUnload(() => canReadAloud() && stopReading())
  const toggleReading = () => {
    if (!m) return
    if (reading) {
      stopReading()
      setReading(false)
      return
    }
    setReading(true)
    readAloud([m.title, ...m.body.flatMap((p) => (p.text ? [p.text] : []))].join('。'), {
      end: () => setReading(false),
      silent: () => {
        setReading(false)
        setSilent(true)
      },
    })
  }
  const markRead = () =>
    void submit(
      () => call('material.markRead', input),
      () => {
        if (m) setData({ ...m, read: true })
        return '已记下：读完了'
      },
    )
  return (
    <Screen title={m?.title ?? '学习资料'}>
      {loading && !m ? <Loading /> : null}
      <LoadError error={error} />
      {m ? (
        <View>
          <Text className='t-body t-muted'>
            {m.category} · {m.byName} {m.publishedWords} 发布{m.read ? ' · ✔ 已读' : ''}
          </Text>
          {canReadAloud() && !silent ? (
            <BigButton label={reading ? '停止朗读' : '读给我听'} hint='用手机的声音朗读全文' onPress={toggleReading} />
          ) : null}
          {silent ? (
            <Notice kind='info' text='这部手机没有中文朗读的声音，读不出来。可以请家人读给您听，或者请社区送学上门讲给您听。' />
          ) : null}
          {canReadAloud() ? null : <Notice kind='info' text='想听的话，可以请家人读给您听，或者请社区送学上门讲给您听。' />}
          <View className='material-body'>
            {m.body.map((p, i) =>
              p.picture ? (
                p.picture.url ? (
                  <Image
                    key={i}
                    className='material-image'
                    src={p.picture.url}
                    mode='widthFix'
                    aria-label='资料配图，点开看大图'
                    data-testid='material-picture'
                    onClick={() => void Taro.previewImage({ urls: pictureUrls, current: p.picture!.url })}
                  />
                ) : null
              ) : (
                <Text key={i} className='material-paragraph' userSelect>
                  {p.text}
                </Text>
              ),
            )}
          </View>
          {result ? <Notice kind={result.kind} text={result.text} /> : null}
          {isCadre && !m.read ? <BigButton label='我读完了' disabled={busy} onPress={markRead} /> : null}
          <Button
            label='请社区送学上门'
            hint='来不了的，社区派人送资料、讲给您听'
            onPress={() => go('book', { cadreId: input.cadreId, key: 'study', note: `送学：${m.title}` })}
          />
          {m.readBy ? (
            <Section title={`读过的老人（${m.readBy.length} 位）`}>
              {m.readBy.length === 0 ? <Notice kind='info' text='还没有人读过。' /> : null}
              {m.readBy.map((r) => (
                <Card key={r.cadreName + r.atWords}>
                  <Text className='t-body'>
                    {r.cadreName} · {r.atWords}
                  </Text>
                </Card>
              ))}
            </Section>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}

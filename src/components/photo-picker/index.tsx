// Photos added to a record from the phone: each shows its own progress, a failed one says so and can be sent
// again without losing anything typed, and a finished one opens full screen (pinch to zoom on the phone).
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api'
import { choosePhotos, uploadPhoto, type PickedPhoto, type UploadAbout } from '../../api/upload'
import { Button } from '../controls'
import './index.css'

interface Shot {
  key: string
  photo: PickedPhoto
  percent: number
  state: 'sending' | 'done' | 'failed'
  ticket?: string
  problem?: string
}

interface Props {
  label: string
  /** What the photos are for: about a cadre (a visit, a work, a report) or the community's own (an activity, a material). */
  about: UploadAbout
  most: number
  /** The photos the record has already (when it is edited): kept unless removed here. */
  initial?: readonly { fileRef: string; url: string }[]
  /** What the record is saved with — a kept photo's fileRef, a new one's ticket — and whether any is still on its way. */
  onChange: (tickets: string[], sending: boolean) => void
}

export function PhotoPicker({ label, about, most, initial = [], onChange }: Props) {
  const [shots, setShots] = useState<Shot[]>(() =>
    initial.map((p) => ({ key: p.fileRef, photo: { path: p.url, size: 0 }, percent: 100, state: 'done', ticket: p.fileRef })),
  )
  const counter = useRef(0)
  const change = (key: string, part: Partial<Shot>) => setShots((all) => all.map((s) => (s.key === key ? { ...s, ...part } : s)))

  // The page hears of every change of the photos (its callback may be a new function each render).
  const tell = useRef(onChange)
  tell.current = onChange
  useEffect(() => {
    tell.current(
      shots.filter((s) => s.state === 'done').map((s) => s.ticket!),
      shots.some((s) => s.state === 'sending'),
    )
  }, [shots])

  const send = (shot: Shot) => {
    change(shot.key, { state: 'sending', percent: 0, problem: undefined })
    uploadPhoto(shot.photo, about, (percent) => change(shot.key, { percent }))
      .then(({ ticket }) => change(shot.key, { state: 'done', ticket, percent: 100 }))
      .catch((e: unknown) => change(shot.key, { state: 'failed', problem: e instanceof ApiError ? e.message : '照片没传上去，请点“重试”' }))
  }

  const add = async () => {
    let picked: PickedPhoto[]
    try {
      picked = await choosePhotos(most - shots.length)
    } catch {
      return // the person closed the album
    }
    const fresh = picked
      .slice(0, most - shots.length)
      .map((photo) => ({ key: `p${counter.current++}`, photo, percent: 0, state: 'sending' as const }))
    setShots((all) => [...all, ...fresh])
    fresh.forEach(send)
  }

  const open = (shot: Shot) => {
    const done = shots.filter((s) => s.state === 'done')
    void Taro.previewImage({ urls: done.map((s) => s.photo.path), current: shot.photo.path })
  }

  return (
    <View className='field' role='group' aria-label={label}>
      <Text className='field__label'>{label}</Text>
      <View className='photos'>
        {shots.map((shot, i) => (
          <View key={shot.key} className='photo' data-testid='photo'>
            <Image
              className='photo__image'
              src={shot.photo.path}
              mode='aspectFill'
              aria-label={`第 ${i + 1} 张照片`}
              onClick={() => shot.state === 'done' && open(shot)}
            />
            <Text className={`photo__state photo__state--${shot.state}`}>
              {shot.state === 'sending' ? `上传中 ${shot.percent}%` : shot.state === 'done' ? '✓ 已传好' : `✖ ${shot.problem}`}
            </Text>
            {shot.state === 'failed' ? <Button label='重试' onPress={() => send(shot)} /> : null}
            <Button kind='plain' label='删掉这张' onPress={() => setShots((all) => all.filter((s) => s.key !== shot.key))} />
          </View>
        ))}
      </View>
      {shots.length < most ? (
        <Button
          label='添加照片'
          hint={`拍照或从相册选，还可以加 ${most - shots.length} 张`}
          onPress={() => void add()}
          testId='add-photo'
        />
      ) : null}
    </View>
  )
}

/** The photos of a saved record: small until tapped, then full screen to swipe and zoom; grey until each loads. */
export function PhotoStrip({ photos, label }: { photos: { fileRef: string; url: string }[]; label: string }) {
  const shown = photos.filter((p) => p.url)
  if (!shown.length) return null
  return (
    <View className='photos photos--strip' role='group' aria-label={`${label}，${shown.length} 张，点开看大图`}>
      {shown.map((p, i) => (
        <Image
          key={p.fileRef}
          className='photo__thumb'
          src={p.url}
          mode='aspectFill'
          aria-label={`${label}第 ${i + 1} 张，点开看大图`}
          data-testid='record-photo'
          onClick={() => void Taro.previewImage({ urls: shown.map((s) => s.url), current: p.url })}
        />
      ))}
    </View>
  )
}

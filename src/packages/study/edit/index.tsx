// 发布资料 / 修改资料 (staff; the bureau for every community or those it picks): title, kind, and the body as parts
// in order — text (one paragraph per line) and pictures between them, each uploaded from the phone; parts move up
// and are taken out with a tap.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { ActionInput, MaterialView } from '@cloud/contracts'
import { MATERIAL_CATEGORIES, type MaterialCategory } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { PhotoPicker } from '../../../components/photo-picker'
import { CommunityPick } from '../../../components/community-pick'
import './index.css'

/** A part of the body being edited: text (its lines become paragraphs) or one picture. */
type Part =
  { key: string; text: string } | { key: string; picture: { entry?: string; sending: boolean }; initial?: { fileRef: string; url: string } }

let nextKey = 0
const key = () => `part${nextKey++}`

/** Consecutive text paragraphs become one text part; each picture its own part. */
function toParts(body: MaterialView['body']): Part[] {
  const parts: Part[] = []
  for (const p of body) {
    const last = parts[parts.length - 1]
    if (p.picture) parts.push({ key: key(), picture: { entry: p.picture.fileRef, sending: false }, initial: p.picture })
    else if (last && 'text' in last) last.text += `\n${p.text ?? ''}`
    else parts.push({ key: key(), text: p.text ?? '' })
  }
  return parts.length ? parts : [{ key: key(), text: '' }]
}

/** One paragraph per non-empty line; a picture part without a picture is left out. */
type Paragraph = ActionInput<'material.save'>['body'][number]
const toBody = (parts: Part[]): Paragraph[] =>
  parts.flatMap((p): Paragraph[] =>
    'text' in p
      ? p.text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((text) => ({ text }))
      : p.picture.entry
        ? [{ picture: p.picture.entry }]
        : [],
  )

export default function EditMaterial() {
  const params = usePageParams('studyEdit')
  const materialId = params.id
  if (!materialId) return <MaterialForm materialId='' />
  return <EditExisting materialId={materialId} />
}

function EditExisting({ materialId }: { materialId: string }) {
  const { data, error } = useAction('material.get', { materialId })
  if (error)
    return (
      <Screen title='修改资料'>
        <LoadError error={error} />
      </Screen>
    )
  if (!data) return <Screen title='修改资料'>{<Loading />}</Screen>
  return <MaterialForm materialId={materialId} existing={data} />
}

function MaterialForm({ materialId, existing }: { materialId: string; existing?: MaterialView }) {
  const [title, setTitle] = useState(existing?.title ?? '')
  const [category, setCategory] = useState<MaterialCategory>((existing?.category as MaterialCategory) ?? '政策理论')
  const [parts, setParts] = useState<Part[]>(() => toParts(existing?.body ?? []))
  const change = (k: string, part: Partial<Part>) => setParts((all) => all.map((p) => (p.key === k ? ({ ...p, ...part } as Part) : p)))
  const moveUp = (i: number) => setParts((all) => [...all.slice(0, i - 1), all[i], all[i - 1], ...all.slice(i + 1)])
  const sending = parts.some((p) => 'picture' in p && p.picture.sending)
  const pictures = parts.filter((p) => 'picture' in p).length
  // The bureau's material goes to every community or those it picks; a community's stays its own.
  const me = useAction('me.get', {})
  const bureau = me.data?.me.activeRole === 'admin'
  const [communityIds, setCommunityIds] = useState<string[] | null>(existing?.communityIds ?? null)
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  const save = () =>
    void submit(
      () =>
        call('material.save', {
          ...(materialId ? { materialId } : {}),
          title: title.trim(),
          category,
          body: toBody(parts),
          ...(bureau && communityIds ? { communityIds } : {}),
        }),
      (saved) => {
        setTimeout(() => void Taro.navigateBack(), 1200)
        return `已${materialId ? '保存' : '发布'}“${saved.title}”`
      },
    )
  return (
    <Screen title={materialId ? '修改资料' : '发布资料'}>
      <Choice label='资料类别' options={MATERIAL_CATEGORIES} value={category} onChange={setCategory} />
      <Field label='标题' value={title} onInput={setTitle} maxlength={40} testId='material-title' />
      {parts.map((p, i) => (
        <View key={p.key} className='material-part'>
          {'text' in p ? (
            <Field
              multiline
              label={`第 ${i + 1} 部分：文字（一行一段）`}
              value={p.text}
              onInput={(text) => change(p.key, { text })}
              maxlength={20000}
              testId='material-body'
            />
          ) : (
            <PhotoPicker
              label={`第 ${i + 1} 部分：图片`}
              about={{ purpose: 'materialPicture' }}
              most={1}
              initial={p.initial ? [p.initial] : []}
              onChange={([entry], busyPicture) => change(p.key, { picture: { entry, sending: busyPicture } })}
            />
          )}
          <View className='material-part__tools'>
            {i > 0 ? <Button kind='plain' label={`第 ${i + 1} 部分往上移`} onPress={() => moveUp(i)} /> : null}
            {parts.length > 1 ? (
              <Button kind='plain' label={`去掉第 ${i + 1} 部分`} onPress={() => setParts((all) => all.filter((x) => x.key !== p.key))} />
            ) : null}
          </View>
        </View>
      ))}
      <Button label='加一段文字' onPress={() => setParts((all) => [...all, { key: key(), text: '' }])} />
      {pictures < 20 ? (
        <Button
          label='加一张图片'
          hint={`放在最后，可以再往上移；还可以加 ${20 - pictures} 张`}
          onPress={() => setParts((all) => [...all, { key: key(), picture: { sending: false } }])}
          testId='add-picture'
        />
      ) : null}
      {bureau ? <CommunityPick label='发给' picked={communityIds} onChange={setCommunityIds} /> : null}
      {sending ? <Notice kind='info' text='图片还在上传，传好了就能保存' /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button
        kind='primary'
        label={materialId ? '保存修改' : '发布资料'}
        disabled={busy || sending || communityIds?.length === 0}
        onPress={save}
      />
    </Screen>
  )
}

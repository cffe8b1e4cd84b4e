// 发布资料 / 修改资料 (staff): title, kind, and the text — one paragraph per line; a line that is a picture's
// address (https://… or cloud://…) shows the picture there.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MaterialView } from '@cloud/contracts'
import { MATERIAL_CATEGORIES, type MaterialCategory } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

const PICTURE = /^(https?:\/\/|cloud:\/\/)\S+$/

/** One paragraph per non-empty line; picture addresses become pictures. */
const toBody = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (PICTURE.test(line) ? { image: line } : { text: line }))

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
  const [text, setText] = useState(existing ? existing.body.map((p) => p.text ?? p.image ?? '').join('\n') : '')
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  const save = () =>
    void submit(
      () => call('material.save', { ...(materialId ? { materialId } : {}), title: title.trim(), category, body: toBody(text) }),
      (saved) => {
        setTimeout(() => void Taro.navigateBack(), 1200)
        return `已${materialId ? '保存' : '发布'}“${saved.title}”`
      },
    )
  return (
    <Screen title={materialId ? '修改资料' : '发布资料'}>
      <Choice label='资料类别' options={MATERIAL_CATEGORIES} value={category} onChange={setCategory} />
      <Field label='标题' value={title} onInput={setTitle} maxlength={40} testId='material-title' />
      <Field multiline label='正文（一行一段；图片写图片地址）' value={text} onInput={setText} maxlength={20000} testId='material-body' />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label={materialId ? '保存修改' : '发布资料'} disabled={busy} onPress={save} />
    </Screen>
  )
}

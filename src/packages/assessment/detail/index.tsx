// 考核 of one community against one scheme. Staff score the evidence items themselves (a score, a note, photos),
// see what the figures give the automatic items, and hand it in (asked twice: it cannot be changed after); the
// bureau sees every item with its figure or evidence, scores the evidence items and comments; the result names the
// community or lists 整改 items with a due day, which staff mark done one by one.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { AssessmentItemView, AssessmentView } from '@cloud/contracts'
import { ITEM_GROUPS } from '@cloud/features/assessment/scheme.rules'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { PhotoPicker, PhotoStrip } from '../../../components/photo-picker'
import { go, usePageParams } from '../../../routes'

type Draft = Record<string, { score: string; note: string; photos: string[]; sending: boolean }>

export default function Assessment() {
  const { schemeId, communityId } = usePageParams('assessment')
  const { data, error, setData } = useAction('assessment.get', { schemeId, ...(communityId ? { communityId } : {}) })
  if (!data) return <Screen title='考核'>{error ? <LoadError error={error} /> : <Loading />}</Screen>
  return <AssessmentForm key={`${data.status}${data.fixes.filter((f) => f.done).length}`} a={data} onSaved={setData} />
}

const fromView = (a: AssessmentView, review: boolean): Draft =>
  Object.fromEntries(
    a.items
      .filter((i) => !i.auto)
      .map((i) => [
        i.id,
        {
          score: String((review ? (i.reviewScore ?? i.selfScore) : i.selfScore) ?? ''),
          note: (review ? i.comment : i.note) ?? '',
          photos: i.photos.map((p) => p.fileRef),
          sending: false,
        },
      ]),
  )
const scoreOf = (s: string) => (s.trim() === '' ? undefined : Number(s))

function AssessmentForm({ a, onSaved }: { a: AssessmentView; onSaved: (a: AssessmentView) => void }) {
  const [draft, setDraft] = useState<Draft>(() => fromView(a, a.may.review))
  const [confirming, setConfirming] = useState(false)
  const { result, busy, submit } = useSubmit(undefined, '没有成功，请再试一次')
  const change = (id: string, part: Partial<Draft[string]>) => setDraft((d) => ({ ...d, [id]: { ...d[id], ...part } }))
  const sending = Object.values(draft).some((d) => d.sending)
  const done = (next: AssessmentView, words: string) => {
    onSaved(next)
    return words
  }
  const saveSelf = () =>
    void submit(
      () =>
        call('assessment.self', {
          schemeId: a.schemeId,
          items: Object.entries(draft).map(([itemId, d]) => ({
            itemId,
            ...(scoreOf(d.score) !== undefined ? { selfScore: scoreOf(d.score) } : {}),
            ...(d.note.trim() ? { note: d.note.trim() } : {}),
            photos: d.photos,
          })),
        }),
      (next) => done(next, '自评保存好了，交给局里之前还可以改'),
    )
  const handIn = () =>
    void submit(
      () => call('assessment.submit', { schemeId: a.schemeId }),
      (next) => done(next, '已经交给局里，等评审'),
    )
  const review = () =>
    void submit(
      () =>
        call('assessment.review', {
          schemeId: a.schemeId,
          communityId: a.communityId,
          items: Object.entries(draft).map(([itemId, d]) => ({
            itemId,
            score: scoreOf(d.score) ?? -1,
            ...(d.note.trim() ? { comment: d.note.trim() } : {}),
          })),
        }),
      (next) => done(next, `评审好了：${next.resultWords ?? ''}`),
    )
  return (
    <Screen title={`${a.communityName} · ${a.year} 年考核`}>
      <Card>
        <Text className='t-strong'>{a.schemeName}</Text>
        <View>
          <Text className='t-body'>
            {a.statusWords} · 满分 {a.total} 分，{a.passLine} 分达标
          </Text>
        </View>
        <View>
          <Text className='t-huge'>
            {a.score === null ? '还差评分' : a.status === 'reviewed' ? `${a.score} 分` : `自评合计 ${a.score} 分`}
          </Text>
        </View>
        {a.resultWords ? <Notice kind={a.passed ? 'ok' : 'error'} text={a.resultWords} /> : null}
      </Card>
      <Button
        label='看这个社区的数字'
        hint='按数字打分的项从这里来：五必访、活动、一键通、服务评价'
        onPress={() => go('stats', { communityId: a.communityId })}
      />
      {a.fixes.length ? <Fixes a={a} onSaved={onSaved} /> : null}
      {ITEM_GROUPS.map((g) => {
        const items = a.items.filter((i) => i.group === g)
        return items.length ? (
          <Section key={g} title={g}>
            {items.map((i) => (
              <Item key={i.id} item={i} a={a} draft={draft[i.id]} onChange={(part) => change(i.id, part)} />
            ))}
          </Section>
        ) : null
      })}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {sending ? <Notice kind='info' text='照片还在上传，传好了就能保存' /> : null}
      {a.may.edit ? <Button label='保存自评' disabled={busy || sending} onPress={saveSelf} /> : null}
      {a.may.submit && !confirming ? <BigButton label='交给局里' hint='交了就不能再改' onPress={() => setConfirming(true)} /> : null}
      {a.may.submit && confirming ? (
        <BigButton label='确定交给局里' hint='按数字打分的项以现在的数字为准' disabled={busy || sending} onPress={handIn} />
      ) : null}
      {a.may.review ? <BigButton label='评审完成' hint='算出总分：达标的命名，没达标的列整改' disabled={busy} onPress={review} /> : null}
    </Screen>
  )
}

function Item({
  item: i,
  a,
  draft,
  onChange,
}: {
  item: AssessmentItemView
  a: AssessmentView
  draft?: Draft[string]
  onChange: (part: Partial<Draft[string]>) => void
}) {
  return (
    <Card>
      <Text className='t-strong'>
        {i.text}（{i.points} 分）
      </Text>
      {i.auto ? (
        <View>
          <Text className='t-body'>
            {i.auto.words} → 得 {i.auto.score} 分
          </Text>
        </View>
      ) : null}
      {!i.auto && !a.may.edit ? (
        <View>
          <Text className='t-body'>
            自评 {i.selfScore ?? '—'} 分{i.note ? `：${i.note}` : ''}
          </Text>
          <PhotoStrip photos={i.photos} label='佐证照片' />
          {i.reviewScore !== undefined ? (
            <Text className='t-body' style={{ display: 'block' }}>
              局里评 {i.reviewScore} 分{i.comment ? `：${i.comment}` : ''}
            </Text>
          ) : null}
        </View>
      ) : null}
      {!i.auto && draft && a.may.edit ? (
        <View>
          <Field
            label={`自评分（最多 ${i.points} 分）`}
            type='digit'
            value={draft.score}
            onInput={(score) => onChange({ score })}
            maxlength={5}
            testId={`self-${i.id}`}
          />
          <Field multiline label='做了什么（说明）' value={draft.note} onInput={(note) => onChange({ note })} maxlength={200} />
          <PhotoPicker
            label='佐证照片（可不加，最多 6 张）'
            about={{ purpose: 'evidencePhoto' }}
            most={6}
            initial={i.photos}
            onChange={(photos, sending) => onChange({ photos, sending })}
          />
        </View>
      ) : null}
      {!i.auto && draft && a.may.review ? (
        <View>
          <Field
            label={`局里评分（最多 ${i.points} 分）`}
            type='digit'
            value={draft.score}
            onInput={(score) => onChange({ score })}
            maxlength={5}
            testId={`review-${i.id}`}
          />
          <Field label='评审意见（可不填）' value={draft.note} onInput={(note) => onChange({ note })} maxlength={200} />
        </View>
      ) : null}
    </Card>
  )
}

function Fixes({ a, onSaved }: { a: AssessmentView; onSaved: (a: AssessmentView) => void }) {
  const [notes, setNotes] = useState<Record<string, string>>({})
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  const mark = (itemId: string) =>
    void submit(
      () => call('assessment.fix', { schemeId: a.schemeId, itemId, note: (notes[itemId] ?? '').trim() }),
      (next) => {
        onSaved(next)
        return '这一项整改记下了'
      },
    )
  return (
    <Section title={`整改（${a.fixes.filter((f) => !f.done).length} 项没完成）`}>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {a.fixes.map((f) => (
        <Card key={f.itemId}>
          <Text className='t-body'>{f.text}</Text>
          <View>
            <Text className={f.done ? 't-body' : 't-body t-danger'}>{f.done ? `✔ ${f.doneWords}` : `⚠ ${f.doneWords}`}</Text>
          </View>
          {!f.done && a.may.fix ? (
            <View>
              <Field
                label='整改做了什么'
                value={notes[f.itemId] ?? ''}
                onInput={(t) => setNotes((n) => ({ ...n, [f.itemId]: t }))}
                maxlength={200}
              />
              <Button label='这一项整改完成' disabled={busy || (notes[f.itemId] ?? '').trim().length < 2} onPress={() => mark(f.itemId)} />
            </View>
          ) : null}
        </Card>
      ))}
    </Section>
  )
}

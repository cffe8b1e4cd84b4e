// 宣传栏 · 就近发挥作用: the community's approved works and volunteer offers, the cadre's own (with where each
// stands), and a form to offer a skill or post a work — staff approve it before anyone else sees it.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { CONTRIBUTION_KINDS, PICTURED_WORKS, SKILL_TYPES, WORK_TYPES } from '@cloud/core/categories'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { ContributionCard } from '../../../components/contribution-card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { useShareCard } from '../../../api/share'
import { PhotoPicker } from '../../../components/photo-picker'

export default function Board() {
  const params = usePageParams('shareBoard')
  const cadreId = params.cadreId
  const board = usePagedAction('contribution.board', { cadreId }, 'board')
  const { data, error, loading, reload } = board
  // The 宣传栏 goes to the family group and to 朋友圈; who is not bound to the cadre sees the way to bind.
  useShareCard(() => (data ? { title: '社区宣传栏：老干部的作品和志愿服务', route: 'shareBoard', params: { cadreId } } : null), true)
  return (
    <Screen title='宣传栏'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      <Offer cadreId={cadreId} onDone={reload} />
      {data && data.mine.length > 0 ? (
        <Section title='我投的'>
          {data.mine.map((c) => (
            <ContributionCard key={c.id} c={c} showStatus />
          ))}
        </Section>
      ) : null}
      {data ? (
        <Section title='社区宣传栏'>
          {board.items.length === 0 ? <Notice kind='info' text='宣传栏还空着，欢迎投稿。' /> : null}
          {board.items.map((c) => (
            <ContributionCard key={c.id} c={c} />
          ))}
          <ListFooter {...board} shown={board.items.length} unit='条' />
        </Section>
      ) : null}
    </Screen>
  )
}

const isSkillKind = (kind: string | null) => kind === CONTRIBUTION_KINDS.skill

function Offer({ cadreId, onDone }: { cadreId: string; onDone: () => Promise<void> }) {
  const [kind, setKind] = useState<string | null>(null)
  const isSkill = isSkillKind(kind)
  const [type, setType] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const [detail, setDetail] = useState('')
  const [photos, setPhotos] = useState<{ tickets: string[]; sending: boolean }>({ tickets: [], sending: false })
  // A new form (after one is sent) starts with no photos.
  const [round, setRound] = useState(0)
  const { result, busy, submit } = useSubmit(onDone, '没有交上去，请再试一次')
  const needsPhoto = !isSkill && PICTURED_WORKS.includes(type ?? '') && photos.tickets.length === 0
  const send = () =>
    void submit(
      () =>
        isSkill
          ? call('contribution.submit', {
              cadreId,
              kind: 'skill',
              type: (type ?? '其他') as (typeof SKILL_TYPES)[number],
              title: title.trim(),
              detail: detail.trim(),
            })
          : call('contribution.submit', {
              cadreId,
              kind: 'work',
              type: (type ?? '文章') as (typeof WORK_TYPES)[number],
              title: title.trim(),
              detail: detail.trim(),
              ...(photos.tickets.length ? { photos: photos.tickets } : {}),
            }),
      () => {
        setRound(round + 1)
        setKind(null)
        setType(null)
        setTitle('')
        setDetail('')
        return '交上去了，社区审核后就上宣传栏'
      },
    )
  return (
    <Section title='就近发挥作用'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Choice label='我想' options={Object.values(CONTRIBUTION_KINDS)} value={kind} onChange={(k) => (setKind(k), setType(null))} />
      {kind ? (
        <View>
          <Choice
            label={isSkill ? '能出什么力' : '什么作品'}
            options={isSkill ? SKILL_TYPES : WORK_TYPES}
            value={type}
            onChange={setType}
          />
          <Field label={isSkill ? '一句话说说' : '作品名称'} value={title} onInput={setTitle} maxlength={40} testId='contribution-title' />
          <Field
            multiline
            label={isSkill ? '什么时候有空、能做什么' : '作品内容（诗词、文章可以直接写）'}
            value={detail}
            onInput={setDetail}
            maxlength={2000}
            testId='contribution-detail'
          />
          {isSkill ? null : (
            <PhotoPicker
              key={round}
              label='作品照片（书法、绘画、摄影至少一张，最多 9 张）'
              about={{ cadreId, purpose: 'workPhoto' }}
              most={9}
              onChange={(tickets, sending) => setPhotos({ tickets, sending })}
            />
          )}
          {needsPhoto ? <Notice kind='info' text='书法、绘画、摄影作品请先加一张照片' /> : null}
          <Button kind='primary' label='交给社区审核' disabled={busy || !type || photos.sending || needsPhoto} onPress={send} />
        </View>
      ) : null}
    </Section>
  )
}

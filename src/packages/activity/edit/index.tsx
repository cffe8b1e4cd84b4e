// 发布活动 / 修改活动 (staff): kind, title, where (a room of the community, held for its time, or words), when, how
// many seats, when sign-ups close, and how people with a wheelchair or a stick get in. Editing keeps everyone signed up; more seats go to the waitlist at once.
import { useState } from 'react'
import type { ActivityView } from '@cloud/contracts'
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { goInstead, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { dayFromToday } from '../../../days'
import { PickField } from '../../../components/pick-field'
import { PhotoPicker } from '../../../components/photo-picker'

const ELSEWHERE = '不借，写地点'

export default function EditActivity() {
  const params = usePageParams('activityEdit')
  const activityId = params.id
  if (!activityId) return <ActivityForm key='new' />
  return <EditExisting activityId={activityId} />
}

/** The activity as staff see it on its roster page (any activity of their community, however old). */
function EditExisting({ activityId }: { activityId: string }) {
  const { data, error } = useAction('activity.roster', { activityId })
  if (!data) return <Screen title='修改活动'>{error ? <LoadError error={error} /> : <Loading />}</Screen>
  return <ActivityForm key={data.activity.id} existing={data.activity} />
}

function ActivityForm({ existing }: { existing?: ActivityView }) {
  const [category, setCategory] = useState<ActivityCategory>((existing?.category as ActivityCategory) ?? '学习')
  const [title, setTitle] = useState(existing?.title ?? '')
  const [description, setDescription] = useState(existing?.description ?? '')
  const [room, setRoom] = useState(existing?.room ?? '')
  const [date, setDate] = useState(existing?.day ?? dayFromToday(7))
  const [start, setStart] = useState(existing?.start ?? '09:00')
  const [end, setEnd] = useState(existing?.end ?? '10:30')
  const [deadlineDate, setDeadlineDate] = useState(existing?.deadlineDay ?? dayFromToday(6))
  const [deadlineTime, setDeadlineTime] = useState(existing?.deadlineTime ?? '18:00')
  const [capacity, setCapacity] = useState(String(existing?.capacity ?? 30))
  const [accessibility, setAccessibility] = useState(existing?.accessibility ?? '')
  const [cover, setCover] = useState({ entries: existing?.cover ? [existing.cover.fileRef] : [], sending: false })
  // 组织生活 belongs to a party branch: staff pick which of their community's branches.
  const partyLife = category === '党组织生活'
  const branches = useAction('branch.list', {})
  const [branchName, setBranchName] = useState<string | null>(null)
  const branchList = branches.data?.branches ?? []
  const branch = branchList.find((b) => b.name === branchName) ?? branchList.find((b) => b.id === existing?.branchId)
  // 六室一站: a room of the community is held for the activity's time; anywhere else is written in words.
  const rooms = useAction('room.list', {})
  const roomList = (rooms.data?.rooms ?? []).filter((r) => r.active || r.id === existing?.roomId)
  const [roomId, setRoomId] = useState<string | null>(existing?.roomId ?? null)
  const heldRoom = roomList.find((r) => r.id === roomId)
  const pickRoom = (name: string) => {
    const picked = roomList.find((r) => r.name === name)
    setRoomId(picked?.id ?? null)
    if (picked) setRoom(picked.name)
    if (picked?.accessibility && !accessibility.trim()) setAccessibility(picked.accessibility)
    else if (heldRoom && room === heldRoom.name) setRoom('')
  }
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  const save = () =>
    void submit(
      () =>
        call('activity.save', {
          ...(existing ? { activityId: existing.id } : {}),
          title: title.trim(),
          category,
          description: description.trim(),
          room: room.trim(),
          date,
          start,
          end,
          deadlineDate,
          deadlineTime,
          capacity: Number(capacity) || 0,
          ...(accessibility.trim() ? { accessibility: accessibility.trim() } : {}),
          ...(cover.entries.length ? { cover: cover.entries[0] } : {}),
          ...(partyLife && branch ? { branchId: branch.id } : {}),
          ...(heldRoom ? { roomId: heldRoom.id } : {}),
        }),
      (saved) => {
        setTimeout(() => goInstead('activityRoster', { id: saved.id }), 1200)
        return `已${existing ? '保存' : '发布'}“${saved.title}”：${saved.when}，名额 ${saved.capacity} 个`
      },
    )
  return (
    <Screen title={existing ? '修改活动' : '发布活动'}>
      {existing ? <Notice kind='info' text={`已报名 ${existing.confirmed} 人，修改后不变；名额加多了，候补的老人会自动补上。`} /> : null}
      <Choice label='活动类别' options={ACTIVITY_CATEGORIES} value={category} onChange={setCategory} />
      {partyLife && branchList.length ? (
        <Choice
          label='哪个党支部的组织生活'
          options={branchList.map((b) => b.name)}
          value={branch?.name ?? null}
          onChange={setBranchName}
        />
      ) : null}
      <Field label='活动名称' value={title} onInput={setTitle} maxlength={40} testId='title' />
      {roomList.length ? (
        <Choice
          label='借社区的屋子'
          options={[...roomList.map((r) => r.name), ELSEWHERE]}
          value={heldRoom?.name ?? ELSEWHERE}
          onChange={pickRoom}
        />
      ) : null}
      {heldRoom ? (
        <Notice
          kind='info'
          text={`${heldRoom.name}开放 ${heldRoom.hoursWords}，能坐 ${heldRoom.capacity} 人。活动的时间会借下这间屋子，别人借不走。`}
        />
      ) : null}
      <Field label='地点' value={room} onInput={setRoom} maxlength={40} testId='room' />
      <PickField label='活动日期' mode='date' value={date} onChange={setDate} start={dayFromToday(0)} testId='date' />
      <PickField label='开始时间' mode='time' value={start} onChange={setStart} testId='start' />
      <PickField label='结束时间' mode='time' value={end} onChange={setEnd} testId='end' />
      <Field label='名额（人）' value={capacity} onInput={setCapacity} type='number' maxlength={3} testId='capacity' />
      <PickField
        label='报名截止日期'
        mode='date'
        value={deadlineDate}
        onChange={setDeadlineDate}
        start={dayFromToday(0)}
        end={date}
        testId='deadline-date'
      />
      <PickField label='报名截止时间' mode='time' value={deadlineTime} onChange={setDeadlineTime} testId='deadline-time' />
      <Field label='无障碍说明（可不填）' value={accessibility} onInput={setAccessibility} placeholder='如：一楼，无台阶' maxlength={200} />
      <PhotoPicker
        label='封面照片（可不加）'
        about={{ purpose: 'activityCover' }}
        most={1}
        initial={existing?.cover ? [existing.cover] : []}
        onChange={(entries, sending) => setCover({ entries, sending })}
      />
      <Field multiline label='活动介绍（可不填）' value={description} onInput={setDescription} maxlength={1000} testId='description' />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {cover.sending ? <Notice kind='info' text='封面照片还在上传，传好了就能保存' /> : null}
      <Button kind='primary' label={existing ? '保存修改' : '发布活动'} disabled={busy || cover.sending} onPress={save} />
    </Screen>
  )
}

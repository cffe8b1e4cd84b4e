// A room of the community (staff): its name and kind, how many it seats, when it is open, what makes it easy to
// reach, and whether it is lent out now. Without an id it adds a new one.
import { useEffect, useState } from 'react'
import { ROOM_KINDS, type RoomKind } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { BigButton, Choice, Field } from '../../../components/controls'
import { PickField } from '../../../components/pick-field'
import { Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { goBackOr, usePageParams } from '../../../routes'

const LENT = ['可以借用', '暂停外借'] as const

export default function RoomEdit() {
  const { id } = usePageParams('roomEdit')
  const { data, error } = useAction('room.list', {})
  const [name, setName] = useState('')
  const [kind, setKind] = useState<RoomKind | null>(null)
  const [capacity, setCapacity] = useState('')
  const [open, setOpen] = useState('08:30')
  const [close, setClose] = useState('17:30')
  const [accessibility, setAccessibility] = useState('')
  const [lent, setLent] = useState<(typeof LENT)[number]>('可以借用')
  const room = id ? data?.rooms.find((r) => r.id === id) : undefined
  useEffect(() => {
    if (!room) return
    setName(room.name)
    setKind(room.kind)
    setCapacity(String(room.capacity))
    setOpen(room.open)
    setClose(room.close)
    setAccessibility(room.accessibility ?? '')
    setLent(room.active ? '可以借用' : '暂停外借')
  }, [room])
  const { result, busy, submit } = useSubmit(undefined, '没有保存上，请再试一次')
  const save = () =>
    kind &&
    void submit(
      () =>
        call('room.save', {
          ...(id ? { roomId: id } : {}),
          name: name.trim(),
          kind,
          capacity: Number(capacity),
          open,
          close,
          ...(accessibility.trim() ? { accessibility: accessibility.trim() } : {}),
          active: lent === '可以借用',
        }),
      (r) => {
        setTimeout(() => goBackOr('rooms', { roomId: r.id }), 800)
        return `保存好了：${r.name}`
      },
    )
  const missing = id && data && !room
  return (
    <Screen title={id ? '修改屋子' : '新增一间屋子'}>
      <LoadError error={error} />
      {missing ? <Notice kind='error' text='没有找到这间屋子。' /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Field label='名称' placeholder='比如：一楼活动室' value={name} onInput={setName} maxlength={40} testId='room-name' />
      <Choice label='哪一类' options={ROOM_KINDS} value={kind} onChange={setKind} />
      <Field label='能坐多少人' type='number' value={capacity} onInput={setCapacity} maxlength={3} testId='room-capacity' />
      <PickField label='几点开门' mode='time' value={open} onChange={setOpen} />
      <PickField label='几点关门' mode='time' value={close} onChange={setClose} />
      <Field label='无障碍说明' placeholder='比如：一楼，有坡道和扶手' value={accessibility} onInput={setAccessibility} maxlength={200} />
      <Choice label='现在' options={LENT} value={lent} onChange={setLent} />
      <BigButton label='保存' disabled={busy || !kind || name.trim().length < 2 || !(Number(capacity) > 0)} onPress={save} />
    </Screen>
  )
}

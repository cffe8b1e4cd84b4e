// 今日任务 (staff): visits owed — overdue first, then today's and the week's — by kind: 祝寿, 节日走访, 巡诊,
// 年度体检 and the 五必访 reports (住院, 大事, 特殊情况); each with the address, what to bring, a call button and 记录走访.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { TaskView } from '@cloud/contracts'
import { usePagedAction } from '../../../api/usePagedAction'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { call } from '../../../api'
import { Screen, Section } from '../../../components/screen'
import { Button, CallButton, Choice } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { PhotoStrip } from '../../../components/photo-picker'

const KINDS = ['住院', '大事', '特殊情况', '吊唁', '祝寿', '节日走访', '巡诊', '年度体检']
const WHOSE = ['全社区的', '我负责的网格'] as const

export default function Tasks() {
  const [whose, setWhose] = useState<(typeof WHOSE)[number]>('全社区的')
  const list = usePagedAction('task.list', whose === '我负责的网格' ? { mine: true } : {}, 'tasks')
  const { data, error, loading } = list
  const tasks = list.items
  const overdue = tasks.filter((t) => t.overdue)
  const today = tasks.filter((t) => !t.overdue && t.dueDay <= (data?.today ?? ''))
  const coming = tasks.filter((t) => t.dueDay > (data?.today ?? ''))
  return (
    <Screen title='今日任务'>
      <Choice label='看谁的' options={WHOSE} value={whose} onChange={setWhose} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && tasks.length === 0 ? <Notice kind='ok' text='这一周没有要走访的老人。' /> : null}
      {data && list.total > 0 ? (
        <Notice
          kind='info'
          text={`一共 ${list.total} 项：已过期 ${data.overdue} 项，今天 ${data.dueToday} 项，这一周 ${list.total - data.overdue - data.dueToday} 项`}
        />
      ) : null}
      <Group title={`⚠ 已过期（${data?.overdue ?? 0}）`} tasks={overdue} />
      <Group title={`今天（${data?.dueToday ?? 0}）`} tasks={today} />
      <Group title={`这一周（${list.total - (data?.overdue ?? 0) - (data?.dueToday ?? 0)}）`} tasks={coming} />
      <ListFooter {...list} shown={tasks.length} unit='项' />
      <Button kind='plain' label='提醒规则' hint='祝寿年龄、节日走访、提前几天' onPress={() => go('reminderPolicy')} />
    </Screen>
  )
}

function Group({ title, tasks }: { title: string; tasks: TaskView[] }) {
  if (tasks.length === 0) return null
  const sorted = [...tasks].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.dueDay.localeCompare(b.dueDay))
  return (
    <Section title={title}>
      {sorted.map((t) => (
        <TaskCard key={t.id} task={t} />
      ))}
    </Section>
  )
}

function TaskCard({ task }: { task: TaskView }) {
  const record = () => go('visit', { cadreId: task.cadreId, taskId: task.id, title: `【${task.kind}】${task.title}` })
  return (
    <Card>
      <Text className='t-strong'>
        【{task.kind}】{task.title}
      </Text>
      <View>
        <Text className={`t-body ${task.overdue ? 't-danger' : ''}`}>
          {task.overdue ? '⚠ ' : ''}要在：{task.dueWords}
        </Text>
      </View>
      <View>
        <Text className='t-body'>住址：{task.address}</Text>
      </View>
      {task.grid ? (
        <View>
          <Text className='t-body t-muted'>
            {task.grid}
            {task.mine ? ' · ★ 我负责的' : ''}
            {task.assignedName ? ` · 已交给${task.assignedName}` : ''}
          </Text>
        </View>
      ) : null}
      {task.note ? (
        <View>
          <Text className='t-body t-muted'>{task.note}</Text>
        </View>
      ) : null}
      {task.reporter ? (
        <View>
          <Text className='t-body'>报告人：{task.reporter.name}</Text>
        </View>
      ) : null}
      {/* A reported stay in hospital: the one who told us knows where he is; he may not answer himself. */}
      {task.photos ? <PhotoStrip photos={task.photos} label='报告带的照片' /> : null}
      {task.reporter?.phone ? <CallButton kind='primary' label={`打给报告人${task.reporter.name}`} phone={task.reporter.phone} /> : null}
      {task.phone ? <CallButton label={`打给${task.cadreName}`} phone={task.phone} /> : null}
      <Button kind='primary' label='记录走访' onPress={record} />
      <HandOver task={task} />
    </Card>
  )
}

/** 交给同事: a colleague of the community takes the visit (on leave, or on their way); they are told. */
function HandOver({ task }: { task: TaskView }) {
  const [open, setOpen] = useState(false)
  const staff = useAction('grid.list', {}).data?.staff ?? []
  const [to, setTo] = useState<string | null>(null)
  const { result, busy, submit } = useSubmit()
  if (!open) return <Button kind='plain' label='交给同事' onPress={() => setOpen(true)} />
  const hand = () =>
    void submit(
      () => call('task.handOver', { taskId: task.id, staffId: staff.find((s) => s.name === to)!.id }),
      (t) => `已交给${t.assignedName}，已发消息告诉他`,
    )
  return (
    <View>
      <Choice label='交给谁' options={staff.map((s) => s.name)} value={to} onChange={setTo} />
      <Button label={to ? `交给${to}` : '交给同事'} disabled={busy || !to} onPress={hand} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
    </View>
  )
}

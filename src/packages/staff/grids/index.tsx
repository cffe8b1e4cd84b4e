// 网格与分片包干 (staff): the community's grids — which streets, who looks after them, the volunteers, how many
// cadres — and a form to add a grid or change one (a new keeper takes its tasks and its count on their home page).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { GridView } from '@cloud/contracts'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'

/** Streets and volunteers are typed as a list: 、，, or spaces between them. */
const listOf = (text: string) => text.split(/[、，,\s]+/).filter(Boolean)

export default function Grids() {
  const { data, error, loading, reload } = useAction('grid.list', {})
  const [editing, setEditing] = useState<GridView | 'new' | null>(null)
  return (
    <Screen title='网格与分片包干'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data?.grids.length === 0 ? <Notice kind='info' text='还没有网格。新建一个，定好负责的工作人员。' /> : null}
      {data?.grids.map((g) => (
        <Card key={g.id}>
          <Text className='t-strong'>
            {g.name} · {g.cadres} 位老人
          </Text>
          <View>
            <Text className='t-body'>负责：{g.staffName}</Text>
          </View>
          {g.streets.length ? (
            <View>
              <Text className='t-body t-muted'>街道：{g.streets.join('、')}</Text>
            </View>
          ) : null}
          {g.volunteers.length ? (
            <View>
              <Text className='t-body t-muted'>志愿者：{g.volunteers.join('、')}</Text>
            </View>
          ) : null}
          <Button label={`改${g.name}`} onPress={() => setEditing(g)} />
        </Card>
      ))}
      {data && editing ? (
        <GridForm
          key={editing === 'new' ? 'new' : editing.id}
          grid={editing === 'new' ? null : editing}
          staff={data.staff}
          onSaved={() => {
            setEditing(null)
            void reload()
          }}
        />
      ) : null}
      {data && !editing ? <Button kind='primary' label='新建网格' onPress={() => setEditing('new')} /> : null}
    </Screen>
  )
}

function GridForm({ grid, staff, onSaved }: { grid: GridView | null; staff: { id: string; name: string }[]; onSaved: () => void }) {
  const [name, setName] = useState(grid?.name ?? '')
  const [streets, setStreets] = useState(grid?.streets.join('、') ?? '')
  const [volunteers, setVolunteers] = useState(grid?.volunteers.join('、') ?? '')
  const [keeper, setKeeper] = useState<string | null>(grid?.staffName ?? null)
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  const save = () =>
    void submit(
      () =>
        call('grid.save', {
          ...(grid ? { gridId: grid.id } : {}),
          name: name.trim(),
          streets: listOf(streets),
          staffId: staff.find((s) => s.name === keeper)!.id,
          volunteers: listOf(volunteers),
        }),
      (saved) => {
        setTimeout(onSaved, 1200)
        return `已保存“${saved.name}”：${saved.staffName}负责，${saved.cadres} 位老人`
      },
    )
  return (
    <Section title={grid ? `改${grid.name}` : '新建网格'}>
      <Field label='网格名称' value={name} onInput={setName} maxlength={20} />
      <Field label='包括的街道（用顿号隔开）' value={streets} onInput={setStreets} maxlength={300} />
      <Choice label='负责的工作人员' options={staff.map((s) => s.name)} value={keeper} onChange={setKeeper} />
      <Field label='志愿者（用顿号隔开，可不填）' value={volunteers} onInput={setVolunteers} maxlength={200} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label='保存网格' disabled={busy || !name.trim() || !keeper} onPress={save} />
    </Section>
  )
}

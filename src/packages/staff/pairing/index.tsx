// 结对帮扶 (staff): every pair of the community, overdue ones first, with a call to the volunteer; opened from a
// cadre's page, that cadre's pairs and a choice of volunteers to pair with them.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, CallButton, Choice } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { PairCard } from '../../../components/pair-card'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function Pairing() {
  const cadreId = usePageParams('pairing').cadreId || undefined
  const list = usePagedAction('pairing.list', cadreId ? { cadreId } : {}, 'pairs')
  const { data, error, loading, reload } = list
  const [volunteer, setVolunteer] = useState<string | null>(null)
  const { result, busy, submit } = useSubmit(reload)
  const save = (volunteerId: string, active: boolean) =>
    void submit(
      () => call('pairing.save', { cadreId: cadreId ?? '', volunteerId, active }),
      (p) => (active ? `已结对：${p.volunteerName} — ${p.cadreName}` : `已结束${p.volunteerName}和${p.cadreName}的结对`),
    )
  const overdue = data?.overdue ?? 0
  return (
    <Screen title='结对帮扶'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data ? (
        <Notice
          kind={overdue ? 'error' : 'info'}
          text={`结对 ${list.total} 对${overdue ? `，其中 ${overdue} 对超期：每周至少联系一次、每月至少走访三次` : ''}`}
        />
      ) : null}
      {list.items.map((p) => (
        <PairCard key={p.id} pair={p}>
          <CallButton label={`打给志愿者${p.volunteerName}`} phone={p.volunteerPhone} />
          {cadreId ? <Button kind='danger' label='结束结对' disabled={busy} onPress={() => save(p.volunteerId, false)} /> : null}
        </PairCard>
      ))}
      <ListFooter {...list} shown={list.items.length} unit='对' />
      {cadreId && data ? (
        <Section title='给老人结对一位志愿者'>
          <Choice label='志愿者' options={data.volunteers.map((v) => v.name)} value={volunteer} onChange={setVolunteer} />
          <Button
            kind='primary'
            label='结对'
            disabled={busy || !volunteer}
            onPress={() => save(data.volunteers.find((v) => v.name === volunteer)!.id, true)}
          />
        </Section>
      ) : (
        <View>
          <Notice kind='info' text='要给老人结对，请在名册里打开老人，点“结对志愿者”。' />
        </View>
      )}
    </Screen>
  )
}

// 活动: this week's and coming activities of the cadre's community as large cards, filtered by kind, and the
// study materials. Family first choose whose; staff get their desks (publish, lists and attendance, materials).
import { View } from '@tarojs/components'
import { useState } from 'react'
import { ACTIVITY_CATEGORIES } from '@cloud/core/categories'
import type { ActivityView } from '@cloud/contracts'
import { call } from '../../api'
import { useSubmit } from '../../api/useSubmit'
import { useAction } from '../../api/useAction'
import { usePagedAction } from '../../api/usePagedAction'
import { Screen, Section } from '../../components/screen'
import { BigButton, Button, Choice } from '../../components/controls'
import { ActivityCard } from '../../components/activity-card'
import { ForCadre } from '../../components/for-cadre'
import { Loading, Notice } from '../../components/notice'
import { ListFooter } from '../../components/list-footer'
import { go } from '../../routes'
import { LoadError } from '../../components/load-error'

const ALL = '全部'

export default function Activities() {
  const { data, error, loading } = useAction('home.get', {})
  const role = data?.me.activeRole
  return (
    <Screen title='社区活动'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {role === 'cadre' && data?.me.cadre ? <ActivitiesFor cadreId={data.me.cadre.id} /> : null}
      {role === 'family' ? (
        <ForCadre cadres={data?.cadres ?? []} label='看哪位老人的活动' empty='绑定老人以后，就可以替老人报名社区活动。'>
          {(cadreId) => <ActivitiesFor cadreId={cadreId} />}
        </ForCadre>
      ) : null}
      {role === 'staff' ? (
        <View>
          <BigButton label='发布活动' hint='时间、地点、名额、报名截止' onPress={() => go('activityEdit')} />
          <Button label='活动名单与签到' hint='报名、候补、到场' onPress={() => go('activityManage')} />
          <Button label='学习资料' hint='发布资料，看谁读过' onPress={() => go('studyManage')} />
          <Button label='作品与志愿审核' hint='老人投的作品、报的志愿服务' onPress={() => go('shareReview')} />
        </View>
      ) : null}
      {role === 'admin' ? (
        <View>
          <Notice kind='info' text='活动由各社区发布和组织；老干部局在这里定祝寿、节日走访和体检的提醒规则。' />
          <BigButton label='提醒规则' hint='祝寿年龄、节日走访、提前几天提醒' onPress={() => go('reminderPolicy')} />
        </View>
      ) : null}
      {data && (role === null || role === 'provider') ? <Notice kind='info' text='社区活动由老干部本人、家属或社区工作人员报名。' /> : null}
    </Screen>
  )
}

function ActivitiesFor({ cadreId }: { cadreId: string }) {
  const [kind, setKind] = useState<string>(ALL)
  const category = ACTIVITY_CATEGORIES.find((k) => k === kind)
  const list = usePagedAction('activity.list', category ? { cadreId, category } : { cadreId }, 'activities')
  const { data, error } = list
  return (
    <View>
      <BigButton label='学习资料' hint='政策理论、健康养生、党建、法律' onPress={() => go('study', { cadreId })} />
      <Choice label='看哪类活动' options={[ALL, ...ACTIVITY_CATEGORIES]} value={kind} onChange={setKind} />
      <LoadError error={error} />
      {!data && !error ? <Loading /> : null}
      {data ? (
        <Section title={`${data.cadre.name}可以参加的活动`}>
          {list.items.length === 0 ? <Notice kind='info' text='近期没有这类活动。' /> : null}
          {list.items.map((a) => (
            <ActivityCard
              key={a.id}
              activity={a}
              onPress={() => go('activity', { id: a.id, cadreId })}
              actions={
                <SignUpHere
                  activity={a}
                  cadreId={cadreId}
                  onOpen={() => go('activity', { id: a.id, cadreId })}
                  onChanged={(done) =>
                    list.setItems((shown) => shown.map((x) => (x.id === done.id ? { ...done, cover: x.cover, photos: x.photos } : x)))
                  }
                />
              }
            />
          ))}
          <ListFooter {...list} shown={list.items.length} unit='个' />
        </Section>
      ) : null}
    </View>
  )
}

/**
 * 报名 on the card: one press signs up while there are seats; when it is full, waiting in line is asked twice
 * (排候补, then 确定排候补). Withdrawing stays on the activity's page, asked twice there.
 */
function SignUpHere({
  activity: a,
  cadreId,
  onOpen,
  onChanged,
}: {
  activity: ActivityView
  cadreId: string
  onOpen: () => void
  onChanged: (a: ActivityView) => void
}) {
  const [sure, setSure] = useState(false)
  const { result, busy, submit } = useSubmit()
  const may = a.status !== 'cancelled' && a.signupOpen && !a.mine?.status
  const full = a.seatsLeft <= 0
  const signUp = () =>
    void submit(
      () => call('activity.signUp', { activityId: a.id, cadreId }),
      (done) => {
        onChanged(done)
        return done.mine?.status === 'confirmed' ? `已报上名：${done.title}` : `已排上候补：${done.mine?.words ?? ''}`
      },
    )
  return (
    <View>
      {may && (!full || sure) ? (
        <Button
          kind='primary'
          label={full ? '确定排候补' : '报名'}
          hint={full ? '有人退出会自动补上，并通知您' : '一按就报上，不想去可以在详情里取消'}
          disabled={busy}
          onPress={signUp}
        />
      ) : null}
      {may && full && !sure ? <Button label='排候补' hint='名额已满' onPress={() => setSure(true)} /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='plain' label='看详情' onPress={onOpen} />
    </View>
  )
}

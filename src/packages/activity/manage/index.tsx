// 活动管理 (staff): the community's activities of the last month and to come, each with its seats taken and
// waitlist; tap for the list and attendance.
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { BigButton } from '../../../components/controls'
import { ActivityCard } from '../../../components/activity-card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function ManageActivities() {
  const list = usePagedAction('activity.manage', {}, 'activities')
  const { data, error, loading } = list
  return (
    <Screen title='活动名单与签到'>
      <BigButton label='发布活动' onPress={() => go('activityEdit')} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && list.items.length === 0 ? <Notice kind='info' text='还没有发布活动。' /> : null}
      {list.items.map((a) => (
        <ActivityCard
          key={a.id}
          activity={a}
          extra={a.status === 'cancelled' ? '✖ 已取消' : `已报 ${a.confirmed} / ${a.capacity} 人${a.signupOpen ? '' : ' · 报名已截止'}`}
          onPress={() => go('activityRoster', { id: a.id })}
        />
      ))}
      <ListFooter {...list} shown={list.items.length} unit='个' />
    </Screen>
  )
}

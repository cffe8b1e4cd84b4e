// 问卷: for a cadre (or family, or staff on a visit, naming the cadre) the surveys that ask them, still open first,
// each saying whether it is answered; for staff and the bureau the surveys they publish or receive, how many have
// answered, and the way to the results.
import { View, Text } from '@tarojs/components'
import type { SurveySummary } from '@cloud/contracts'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { BigButton, Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { go, usePageParams } from '../../../routes'

export default function Surveys() {
  const { cadreId } = usePageParams('surveys')
  const { data, error, loading } = useAction('survey.list', cadreId ? { cadreId } : {})
  const surveys = data?.surveys ?? []
  return (
    <Screen title='问卷调查'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {!cadreId ? <BigButton label='发布问卷' hint='选择、打分、写几句话；问哪些老人，几号截止' onPress={() => go('surveyEdit')} /> : null}
      {data && surveys.length === 0 ? <Notice kind='info' text={cadreId ? '现在没有要答的问卷。' : '还没有问卷。'} /> : null}
      {surveys.map((s) => (cadreId ? <ToAnswer key={s.id} survey={s} cadreId={cadreId} /> : <Published key={s.id} survey={s} />))}
    </Screen>
  )
}

function ToAnswer({ survey, cadreId }: { survey: SurveySummary; cadreId: string }) {
  const state = survey.answered ? '✔ 已答' : survey.open ? '还没答' : '没有答'
  return (
    <Card onPress={survey.open ? () => go('surveyAnswer', { id: survey.id, cadreId }) : undefined}>
      <Text className='t-strong'>{survey.title}</Text>
      <View>
        <Text className='t-body'>
          {state} · {survey.windowWords}
        </Text>
      </View>
      <View>
        <Text className='t-body t-muted'>
          {survey.fromWords}
          {survey.anonymous ? ' · 不记名' : ''}
          {survey.open ? (survey.answered ? ' · 点这里可以改' : ' · 点这里开始答') : ''}
        </Text>
      </View>
    </Card>
  )
}

function Published({ survey }: { survey: SurveySummary }) {
  return (
    <Card>
      <Text className='t-strong'>{survey.title}</Text>
      <View>
        <Text className='t-body'>
          {survey.fromWords} · {survey.audience}
          {survey.grid ? `（${survey.grid}）` : ''} · {survey.windowWords}
        </Text>
      </View>
      <View>
        <Text className='t-body'>
          已答 {survey.responses ?? 0} 人{survey.anonymous ? ' · 不记名' : ''}
        </Text>
      </View>
      <Button kind='primary' label='看结果' onPress={() => go('surveyResults', { id: survey.id })} />
      {survey.mayEdit ? <Button label='修改' onPress={() => go('surveyEdit', { id: survey.id })} /> : null}
    </Card>
  )
}

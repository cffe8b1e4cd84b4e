// 问卷结果 (staff: their community's answers; the bureau: every community's): how many were asked and answered, the
// 满意率, each question as bars that read as a table (choices and faces with counts and shares), the words people
// wrote, each community side by side, and — for a named survey only — who answered and who filled it in.
import { View, Text } from '@tarojs/components'
import type { Question } from '@cloud/features/surveys/rules'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { Card } from '../../../components/card'
import { BarList } from '../../../components/bar-list'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { usePageParams } from '../../../routes'
import { ExportButton } from '../../../components/export-button'
import { call } from '../../../api'

const rate = (r: number | null) => (r === null ? '—' : `${r}%`)

export default function SurveyResults() {
  const { id } = usePageParams('surveyResults')
  const { data, error, loading } = useAction('survey.results', { surveyId: id })
  if (!data) return <Screen title='问卷结果'>{loading ? <Loading /> : <LoadError error={error} />}</Screen>
  const questionOf = (qid: string) => data.survey.questions.find((q) => q.id === qid) as Question
  return (
    <Screen title={data.survey.title}>
      <Card>
        <Text className='t-body'>
          {data.survey.fromWords} · {data.survey.windowWords}
          {data.survey.anonymous ? ' · 不记名' : ''}
        </Text>
        <View>
          <Text className='t-strong'>
            问了 {data.asked} 人，答了 {data.responses} 人
          </Text>
        </View>
        <View>
          <Text className='t-huge'>满意率 {rate(data.satisfaction)}</Text>
        </View>
        <View>
          <Text className='t-body t-muted'>满意率 = 选“满意”和“非常满意”的占答了的人</Text>
        </View>
      </Card>
      {data.responses === 0 ? <Notice kind='info' text='还没有人答。' /> : null}
      <ExportButton
        label='导出结果（Excel）'
        hint={data.survey.anonymous ? '汇总、各社区、每份答卷（不记名）' : '汇总、各社区、每份答卷和谁答的'}
        make={() => call('survey.export', { surveyId: id })}
        said={(file) => `已导出“${file.fileName}”：${file.responses} 份答卷`}
      />
      {data.tallies.map((t, i) => {
        const q = questionOf(t.questionId)
        return (
          <Section key={t.questionId} title={`${i + 1}. ${q.text}`}>
            <Text className='t-body t-muted'>
              答了 {t.answered} 人{t.satisfaction !== undefined ? ` · 满意率 ${t.satisfaction}%` : ''}
            </Text>
            {t.counts.length ? (
              <BarList
                label={q.text}
                unit='人'
                bars={t.counts.map((c) => ({ key: c.label, label: c.label, value: c.count, words: `${c.count} 人（${c.percent}%）` }))}
              />
            ) : null}
            {t.texts.map((words, k) => (
              <Card key={k}>
                <Text className='t-body'>“{words}”</Text>
              </Card>
            ))}
          </Section>
        )
      })}
      {data.byCommunity.length > 1 ? (
        <Section title='各社区'>
          <BarList
            label='各社区满意率'
            unit='%'
            bars={data.byCommunity.map((c) => ({
              key: c.communityName,
              label: `${c.communityName}（答了 ${c.responses} / ${c.asked} 人）`,
              value: c.satisfaction,
            }))}
          />
        </Section>
      ) : null}
      {data.respondents ? (
        <Section title={`谁答了（${data.respondents.length} 人）`}>
          {data.respondents.map((r, k) => (
            <Text key={k} className='t-body' style={{ display: 'block' }}>
              {r.cadreName} · {r.byWords} · {r.atWords}
            </Text>
          ))}
        </Section>
      ) : null}
    </Screen>
  )
}

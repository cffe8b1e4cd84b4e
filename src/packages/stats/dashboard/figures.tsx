// A month's figures in sections, each line a plain sentence with its number; the breakdowns people compare as
// charts: the share of each service as a pie, the kinds of activity as columns.
import { Text, View } from '@tarojs/components'
import type { MonthFigures } from '@cloud/contracts'
import { Section } from '../../../components/screen'
import { Card } from '../../../components/card'
import { FigureChart } from '../chart'

/** An amount and its 元 kept on one line. */
const yuanWords = (fen: number) => `${(fen / 100).toFixed(2)}\u00a0元`
const share = (part: number, whole: number) => (whole > 0 ? `（${Math.round((part / whole) * 100)}%）` : '')
const seconds = (s: number | null) => (s === null ? '—' : s < 60 ? `${Math.round(s)} 秒` : `${Math.round(s / 60)} 分钟`)

function Lines({ lines }: { lines: string[] }) {
  return (
    <Card>
      {lines.map((l) => (
        <View key={l}>
          <Text className='t-body'>{l}</Text>
        </View>
      ))}
    </Card>
  )
}

export function FigureSections({
  f,
  answer,
  urgentP50Min,
}: {
  f: MonthFigures
  answer: { p50: number | null; p90: number | null }
  urgentP50Min: number | null
}) {
  const services = Object.entries(f.services.byService).map(([key, s]) => ({ key, label: s.name, value: s.booked }))
  const categories = Object.entries(f.activities.byCategory).map(([key, n]) => ({ key, label: key, value: n }))
  return (
    <View>
      <Section title='名册（现在）'>
        <Lines
          lines={[
            `在册 ${f.roster.total} 人：离休 ${f.roster.retiredBefore1949}，退休 ${f.roster.retired}；副县级以上 ${f.roster.seniorRank}`,
            `80 岁以上 ${f.roster.age80} 人，90 岁以上 ${f.roster.age90} 人；独居 ${f.roster.livesAlone} 人；党员 ${f.roster.partyMembers} 人`,
            `长期住院或异地居住 ${f.roster.away} 人；本月去世 ${f.roster.diedThisMonth} 人；本月状态变动 ${f.roster.statusChanges} 次`,
          ]}
        />
      </Section>
      <Section title='五必访与走访'>
        <Lines
          lines={[
            `报来的住院、大事、特殊情况 ${f.care.reports} 件，按时上门 ${f.care.reportsVisitedInTime} 件${share(f.care.reportsVisitedInTime, f.care.reports)}`,
            `本月到期的走访任务 ${f.care.tasksDue} 项，完成 ${f.care.tasksDone} 项${share(f.care.tasksDone, f.care.tasksDue)}，过期未做 ${f.care.tasksOverdue} 项`,
            `记下的走访 ${f.care.visits} 次`,
          ]}
        />
      </Section>
      <Section title='上门服务'>
        <Lines
          lines={[
            `预约 ${f.services.booked} 单（急修 ${f.services.urgent}），完成 ${f.services.completed}，取消 ${f.services.cancelled}，没上门成 ${f.services.notMet}`,
            `急修从报修到派出人：${urgentP50Min === null ? '本月没有' : `一半在 ${urgentP50Min} 分钟以内`}`,
            f.services.rated
              ? `评价 ${f.services.rated} 次，平均 ${(f.services.starsSum / f.services.rated).toFixed(1)} 星；满意（4–5 星）${f.services.stars[3] + f.services.stars[4]} 次${share(f.services.stars[3] + f.services.stars[4], f.services.rated)}`
              : '本月还没有评价',
          ]}
        />
        {services.length ? <FigureChart id='services' kind='pie' label='各项服务的预约' points={services} unit='单' /> : null}
      </Section>
      <Section title='服务卡'>
        <Lines
          lines={[
            `发放 ${yuanWords(f.card.issuedFen)}，充值 ${yuanWords(f.card.toppedUpFen)}`,
            `消费 ${yuanWords(f.card.spentFen)}，退款 ${yuanWords(f.card.refundedFen)}，到期作废 ${yuanWords(f.card.expiredFen)}`,
            `各卡现有（含冻结）${yuanWords(f.card.outstandingFen)}`,
          ]}
        />
      </Section>
      <Section title='结对帮扶'>
        <Lines
          lines={[
            `结对 ${f.pairing.pairs} 对；本月联系 ${f.pairing.contacts} 次，上门走访 ${f.pairing.visits} 次`,
            f.pairing.due
              ? `按要求（每周联系、每月走访三次）的 ${f.pairing.onCadence} 对，本月该算的 ${f.pairing.due} 对${share(f.pairing.onCadence, f.pairing.due)}`
              : '按要求（每周联系、每月走访三次）：本月还没有结满一周的结对可算',
          ]}
        />
      </Section>
      <Section title='一键通'>
        <Lines
          lines={[
            `求助 ${f.sos.alerts} 次（误按 ${f.sos.falseAlarms} 次），有人响应 ${f.sos.answered} 次，转到社区 ${f.sos.reachedCommunity} 次`,
            `从按下到有人响应：一半在 ${seconds(answer.p50)} 以内，九成在 ${seconds(answer.p90)} 以内`,
          ]}
        />
      </Section>
      <Section title='活动、学习与发挥作用'>
        <Lines
          lines={[
            `开展活动 ${f.activities.held} 场，报名 ${f.activities.signups} 人次，到场 ${f.activities.attended} 人次${share(f.activities.attended, f.activities.signups)}`,
            `新发学习资料 ${f.study.materials} 篇，阅读 ${f.study.reads} 人次，送学上门 ${f.study.deliveredHome} 次`,
            `老干部发挥作用：报名出力或投稿 ${f.share.offers} 件，已展示 ${f.share.approved} 件`,
          ]}
        />
        {categories.length ? <FigureChart id='categories' kind='column' label='各类活动的场数' points={categories} unit='场' /> : null}
      </Section>
      <Section title='意见建议'>
        <Lines
          lines={[
            `收到 ${f.voices.received} 条（投诉 ${f.voices.complaints} 条），已办结 ${f.voices.closed} 条，按时办结 ${f.voices.closedInTime} 条${share(f.voices.closedInTime, f.voices.closed + f.voices.overdue)}`,
            `超期没办结 ${f.voices.overdue} 条，局里督办 ${f.voices.takenOver} 条`,
            f.voices.rated
              ? `答复评价 ${f.voices.rated} 次，平均 ${(f.voices.starsSum / f.voices.rated).toFixed(1)} 星`
              : '答复还没有人评价',
          ]}
        />
      </Section>
    </View>
  )
}

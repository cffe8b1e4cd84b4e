// 活动: activities and study nearby. Publishing and sign-up arrive with the activities work.
import { Screen, Section } from '../../components/screen'
import { TitledCards } from '../../components/card'
import { Notice } from '../../components/notice'

const KINDS = [
  ['学习', '政策理论、时事报告'],
  ['文体', '书法、合唱、太极拳'],
  ['健康讲座', '医生讲养生和用药'],
  ['志愿服务', '义务巡逻、辅导孩子'],
  ['党组织生活', '支部学习、主题党日'],
] as const

export default function Activities() {
  return (
    <Screen title='社区活动'>
      <Notice kind='info' text='活动报名即将开通。社区发布的活动会显示在这里，一按就能报名。' />
      <Section title='会有这些活动'>
        <TitledCards items={KINDS} />
      </Section>
    </Screen>
  )
}

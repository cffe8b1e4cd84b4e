// 服务: the home services of 三到家、四上门. Online booking arrives with the booking work; until then the page
// says so plainly and puts the community's phone one tap away.
import { Screen, Section } from '../../components/screen'
import { CallButton } from '../../components/controls'
import { TitledCards } from '../../components/card'
import { Notice } from '../../components/notice'
import { useAction } from '../../api/useAction'

const SERVICES = [
  ['家政保洁', '打扫卫生、整理房间'],
  ['助餐送餐', '热饭热菜送到家'],
  ['上门理发', '理发师到家里来'],
  ['家电维修、管道疏通', '急修随时受理'],
  ['代购代送', '生活用品送上门'],
  ['上门巡诊', '责任医生到家看看'],
  ['陪同就医', '有人陪着去医院'],
  ['陪同聊天', '志愿者上门陪伴'],
  ['送学上门', '学习材料送到家'],
] as const

export default function Services() {
  const { data } = useAction('home.get', {})
  const community = data?.me.community
  return (
    <Screen title='上门服务'>
      <Notice kind='info' text='网上预约即将开通。现在需要服务，请打社区电话，工作人员帮您安排。' />
      {community ? <CallButton kind='primary' label={`打电话给${community.name}`} phone={community.dutyPhone} /> : null}
      <Section title='可以提供的服务'>
        <TitledCards items={SERVICES} />
      </Section>
    </Screen>
  )
}

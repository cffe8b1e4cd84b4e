// 首页: one call (home.get) and a home for whoever is looking — cadre, family, staff, or a newcomer.
import { View, Text } from '@tarojs/components'
import { useEffect } from 'react'
import dayjs from 'dayjs'
import type { HomeView } from '@cloud/contracts'
import { useAction } from '../../api/useAction'
import { showUnread } from '../../api/unreadBadge'
import { Screen, Section } from '../../components/screen'
import { BigButton, Button, CallButton } from '../../components/controls'
import { Card } from '../../components/card'
import { CadreCard } from '../../components/cadre-card'
import { Loading, Notice } from '../../components/notice'
import { ApprovalCard } from '../../components/approval'
import { SosPanel } from '../../components/sos-panel'
import { useElder } from '../../components/elder'
import { ROLE_NAMES } from '../../roles'
import './index.css'
import { go } from '../../routes'
import { BookAgain } from '../../components/book-again'
import { LoadError } from '../../components/load-error'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

export default function Home() {
  const { data, error, loading, reload } = useAction('home.get', {})
  const { setElder } = useElder()
  useEffect(() => {
    if (data) showUnread(data.unreadMessages)
  }, [data])
  useEffect(() => {
    if (data) setElder(data.me.elderMode)
  }, [data, setElder])
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && error?.code === 'UNAUTHENTICATED') go('picker')
  }, [error])

  const today = dayjs()
  return (
    <Screen>
      <Text className='home__date'>
        今天是 {today.month() + 1}月{today.date()}日 星期{WEEKDAYS[today.day()]}
      </Text>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {error ? <Button label='再试一次' onPress={() => void reload()} /> : null}
      {data ? <RoleHome home={data} reload={reload} /> : null}
    </Screen>
  )
}

function RoleHome({ home, reload }: { home: HomeView; reload: () => void }) {
  const role = home.me.activeRole
  return (
    <View>
      <View className='screen__title' role='heading' aria-level={1}>
        {home.me.name ? `${home.me.name}，您好` : '您好，欢迎使用就近'}
      </View>
      {home.me.roles.length > 1 && role ? <Text className='t-body t-muted'>当前身份：{ROLE_NAMES[role]}（可在“我的”里切换）</Text> : null}
      {role === 'cadre' && home.me.cadre && home.me.community ? (
        <SosPanel cadreId={home.me.cadre.id} label='一键求助' dutyPhone={home.me.community.dutyPhone} />
      ) : null}
      {home.pendingApprovals.length > 0 ? (
        <Section title={`有 ${home.pendingApprovals.length} 条绑定申请等您确认`}>
          {home.pendingApprovals.map((l) => (
            <ApprovalCard key={l.id} link={l} onDecided={reload} />
          ))}
        </Section>
      ) : null}
      {role === 'cadre' ? <CadreHome home={home} /> : null}
      {role === 'family' ? <FamilyHome home={home} /> : null}
      {role === 'staff' ? <StaffHome home={home} /> : null}
      {role === 'provider' ? <BigButton label='我的任务' hint='今天要去的人家，签到、签退' onPress={() => go('providerTasks')} /> : null}
      {role === 'admin' ? (
        <BigButton label='全市数字' hint='各社区排名、走势、和去年比' onPress={() => go('stats', { scope: 'city' })} />
      ) : null}
      {role === 'admin' ? <Button kind='primary' label='查看老干部名册' onPress={() => go('roster')} /> : null}
      {role === 'admin' ? <Button label='意见建议督办' hint='各社区超期没办结的' onPress={() => go('voiceDesk')} /> : null}
      {role === 'admin' ? <Button label='发通知' hint='发给各社区，看谁读过' onPress={() => go('notices')} /> : null}
      {role === 'admin' ? <Button label='发学习资料' hint='发给全市各社区的老同志' onPress={() => go('studyManage')} /> : null}
      {role === 'admin' ? <Button label='离退休党支部' hint='各社区的支部和组织生活' onPress={() => go('branches')} /> : null}
      {role === 'admin' ? <Button label='考核与满意度' hint='考核方案、评审各社区的自评、排名' onPress={() => go('assessments')} /> : null}
      {role === 'admin' ? <Button label='问卷调查' hint='发给各社区，看满意率' onPress={() => go('surveys')} /> : null}
      {role === 'admin' ? <Button label='服务卡政策' hint='各社区每年发多少、年底是否作废' onPress={() => go('cardPolicy')} /> : null}
      {role === 'admin' ? <Button label='提醒规则' hint='祝寿年龄、节日走访、提前几天提醒' onPress={() => go('reminderPolicy')} /> : null}
      {role === 'admin' ? <Button label='敏感信息查看记录' hint='谁看了老人的健康信息' onPress={() => go('accessLog')} /> : null}
      {role === null ? <NewcomerHome home={home} /> : null}
    </View>
  )
}

function CadreHome({ home }: { home: HomeView }) {
  const community = home.me.community
  const cadreId = home.me.cadre?.id
  return (
    <View>
      {community?.honour ? (
        <Text className='t-body'>
          🏅 {community.name}：{community.honour}
        </Text>
      ) : null}
      {community ? <CallButton label='打社区值班电话' phone={community.dutyPhone} /> : null}
      {cadreId ? <BookAgain cadreId={cadreId} /> : null}
      <BigButton label='预约上门服务' hint='保洁、送餐、理发、维修' onPress={() => go('services')} />
      {cadreId ? <Button label='我的预约' hint='约好的服务、评价' onPress={() => go('bookings', { cadreId })} /> : null}
      {cadreId ? <Button label='我的服务卡' hint='还有多少钱可以用' onPress={() => go('card', { cadreId })} /> : null}
      <BigButton label='看看社区活动' hint='学习、文体、健康讲座' onPress={() => go('activities')} />
      {cadreId ? <Button label='学习资料' hint='文件、讲话、学习材料，可以读给您听' onPress={() => go('study', { cadreId })} /> : null}
      {cadreId ? <Button label='我的照护档案' hint='紧急联系人、健康信息授权' onPress={() => go('careProfile', { cadreId })} /> : null}
      {cadreId ? <Button label='联系卡' hint='社区、家人、医生的电话，一按就打' onPress={() => go('contactCard', { cadreId })} /> : null}
      {cadreId ? <Button label='意见建议' hint='给社区提建议、意见或投诉' onPress={() => go('voices', { cadreId })} /> : null}
      {cadreId ? <Button label='借用活动室' hint='阅览室、活动室，几位老朋友聚一聚' onPress={() => go('rooms', { cadreId })} /> : null}
      {cadreId ? <Button label='社区的邀请' hint='社区请您帮忙调解、辅导、宣讲' onPress={() => go('invitations', { cadreId })} /> : null}
      {cadreId ? <Button label='问卷调查' hint='点一下就能答，说说您满不满意' onPress={() => go('surveys', { cadreId })} /> : null}
      <Button label='我的家人' hint='谁绑定了我' onPress={() => go('me')} />
    </View>
  )
}

function FamilyHome({ home }: { home: HomeView }) {
  return (
    <View>
      <Section title='我照顾的老人'>
        {home.cadres.length === 0 ? <Notice kind='info' text='还没有绑定老人。' /> : null}
        {home.cadres.map((c) => {
          const cared = home.cared.find((x) => x.cadreId === c.id)
          return (
            <View key={c.id}>
              <CadreCard cadre={c} />
              {cared ? <CaredFor cared={cared} /> : null}
            </View>
          )
        })}
      </Section>
      <PendingRequests home={home} />
      <Button label='再绑定一位老人' onPress={() => go('bind')} />
    </View>
  )
}

/** Under each cadre, what a daughter asks first: when someone comes next, what the card can pay, what waits for her. */
function CaredFor({ cared }: { cared: HomeView['cared'][number] }) {
  const cadreId = cared.cadreId
  return (
    <View className='cared'>
      {cared.next.length === 0 ? <Text className='t-body'>近期没有约上门服务</Text> : null}
      {cared.next.map((n) => (
        <View key={n.bookingId}>
          <Text className='t-body'>下次上门：{n.words}</Text>
        </View>
      ))}
      {cared.available ? (
        <View>
          <Text className='t-body'>
            服务卡可用 <Text className='amount'>{cared.available}</Text>
          </Text>
        </View>
      ) : null}
      {cared.toRate > 0 ? <Notice kind='info' text={`有 ${cared.toRate} 次服务做完了，等您评价`} /> : null}
      <View className='row'>
        <Button label='看看预约' onPress={() => go('bookings', { cadreId })} />
        {cared.available ? <Button label='服务卡' onPress={() => go('card', { cadreId })} /> : null}
      </View>
      <Button label='意见建议' hint='替老人给社区提建议、意见或投诉' onPress={() => go('voices', { cadreId })} />
      <Button label='问卷调查' hint='替老人答社区和局里的问卷' onPress={() => go('surveys', { cadreId })} />
    </View>
  )
}

function StaffHome({ home }: { home: HomeView }) {
  const staff = home.staff
  return (
    <View>
      {staff ? (
        <Card>
          <Text className='t-strong'>{home.me.community?.name ?? ''}</Text>
          {home.me.community?.honour ? (
            <View>
              <Text className='t-body'>🏅 {home.me.community.honour}</Text>
            </View>
          ) : null}
          <View>
            <Text className='t-body'>登记在册的老干部 {staff.cadreCount} 人</Text>
          </View>
          {staff.mine !== null ? (
            <View>
              <Text className='t-body'>
                我负责的 {staff.mine} 位老人（{staff.grids.join('、')}）
              </Text>
            </View>
          ) : null}
          <View>
            <Text className='t-body'>待审批的绑定申请 {staff.pendingBindings} 条</Text>
          </View>
        </Card>
      ) : null}
      <BigButton
        label={staff?.openSos ? `一键通值班台（${staff.openSos} 个求助没处理完）` : '一键通值班台'}
        hint={staff?.openSos ? '马上看' : '现在没有求助'}
        onPress={() => go('sosConsole')}
      />
      <BigButton
        label='今日任务'
        hint={staff?.overdueTasks ? `⚠ ${staff.overdueTasks} 项已过期没走访` : '祝寿、节日走访、住院看望'}
        onPress={() => go('tasks')}
      />
      <BigButton
        label={staff?.waitingRequests ? `派单台（${staff.waitingRequests} 个等待安排）` : '派单台'}
        hint={staff?.urgentRequests ? `⚠ 其中急修 ${staff.urgentRequests} 个` : '等待安排的预约、急修'}
        onPress={() => go('dispatch')}
      />
      <BigButton label='老干部名册' hint='查看、发绑定码、替老人预约' onPress={() => go('roster')} />
      <Button label='本社区数字' hint='五必访、服务、一键通、活动，按月看' onPress={() => go('stats')} />
      <Button label='结对帮扶' hint='志愿者结对，超期的在前' onPress={() => go('pairing')} />
      <Button label='意见建议办理' hint='老人和家属提的，快到期的在前' onPress={() => go('voiceDesk')} />
      <Button label='六室一站' hint='活动室、阅览室的借用和申请' onPress={() => go('rooms')} />
      <Button label='局里的通知' hint='老干部局发给社区的通知和文件' onPress={() => go('notices')} />
      <Button label='离退休党支部' hint='组织生活、到会和送学上门' onPress={() => go('branches')} />
      <Button label='银发人才库' hint='按特长找老人帮忙，记服务时长' onPress={() => go('talent')} />
      <Button
        label='考核与满意度'
        hint={home.me.community?.openFixes ? `⚠ 整改还有 ${home.me.community.openFixes} 项没完成` : '自评、交给局里、看排名'}
        onPress={() => go('assessments')}
      />
      <Button label='问卷调查' hint='发问卷、看结果和满意率' onPress={() => go('surveys')} />
      <Button label='登记一位老干部' onPress={() => go('register')} />
    </View>
  )
}

function NewcomerHome({ home }: { home: HomeView }) {
  return (
    <View>
      <PendingRequests home={home} />
      <Card>
        <Text className='t-strong'>如果您是老人的家属</Text>
        <View>
          <Text className='t-body'>填写老人的姓名和手机号后四位，老人或社区确认后就能帮老人预约服务、接收提醒。</Text>
        </View>
        <BigButton label='绑定家中老人' onPress={() => go('bind')} />
      </Card>
      <Card>
        <Text className='t-strong'>如果您是老干部本人</Text>
        <View>
          <Text className='t-body'>请先到社区登记。社区工作人员会给您一个 8 位绑定码。</Text>
        </View>
        <Button label='我有绑定码' onPress={() => go('claim')} />
      </Card>
    </View>
  )
}

function PendingRequests({ home }: { home: HomeView }) {
  if (home.myPendingRequests.length === 0) return null
  return (
    <Section title='等待确认的申请'>
      {home.myPendingRequests.map((l) => (
        <Card key={l.id}>
          <Text className='t-strong'>
            {l.requestedWords} 申请绑定 {l.cadreName}，还在等确认
          </Text>
          <View>
            <Text className='t-body'>
              请{l.cadreName}打开“就近”，在首页点“同意”；或者打电话给{l.community.name}，请工作人员确认。
            </Text>
          </View>
          <CallButton label={`打电话给${l.community.name}`} phone={l.community.dutyPhone} />
        </Card>
      ))}
    </Section>
  )
}

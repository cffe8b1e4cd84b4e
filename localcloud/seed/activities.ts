// Demo activities and study materials for 桃园社区 (and one activity for 杏花社区): this week's and coming
// activities, one of them full with a waitlist, and sign-ups consistent with each activity's seat count.
import type { Doc } from '../emulator/ejson'
import { shanghaiInstant } from '../../cloudfunctions/lib/features/services/slots.rules'
import { addDays, shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { CADRES, STAFF } from './people'

interface SeedActivity {
  id: string
  community: string
  title: string
  category: string
  description: string
  room: string
  /** Days from today, start and end in minutes after midnight (Shanghai). */
  inDays: number
  start: number
  end: number
  capacity: number
  accessibility?: string
  confirmed: string[]
  waitlisted: string[]
  attended?: string[]
}

const ACTIVITIES: SeedActivity[] = [
  {
    id: 'activity-demo-health',
    community: 'c-taoyuan',
    title: '冬季心脑血管保健讲座',
    category: '健康讲座',
    description: '社区卫生服务中心吴医生讲冬季血压管理、用药注意和突发情况怎么办，现场免费量血压。',
    room: '桃园社区活动中心一楼大厅',
    inDays: 1,
    start: 14 * 60 + 30,
    end: 16 * 60,
    capacity: 30,
    accessibility: '一楼，无台阶，有轮椅位',
    confirmed: ['cadre-03', 'cadre-07'],
    waitlisted: [],
  },
  {
    id: 'activity-demo-taichi',
    community: 'c-taoyuan',
    title: '太极拳体验课',
    category: '文体',
    description: '二十四式太极拳入门，动作慢，量力而行。请穿平底鞋。',
    room: '桃园公园东门广场',
    inDays: 2,
    start: 8 * 60 + 30,
    end: 9 * 60 + 30,
    capacity: 3,
    confirmed: ['cadre-03', 'cadre-04', 'cadre-05'],
    waitlisted: ['cadre-06'],
  },
  {
    id: 'activity-demo-calligraphy',
    community: 'c-taoyuan',
    title: '书法兴趣班',
    category: '文体',
    description: '许文斌老师带大家写楷书，笔墨纸砚社区准备。',
    room: '桃园社区活动中心二楼书画室',
    inDays: 3,
    start: 9 * 60,
    end: 11 * 60,
    capacity: 20,
    accessibility: '二楼，有电梯',
    confirmed: ['cadre-01'],
    waitlisted: [],
  },
  {
    id: 'activity-demo-party',
    community: 'c-taoyuan',
    title: '离退休干部党支部主题党日',
    category: '党组织生活',
    description: '集中学习、交流心得，行动不便的同志可以请社区送学上门。',
    room: '桃园社区党群服务中心会议室',
    inDays: 5,
    start: 9 * 60 + 30,
    end: 11 * 60,
    capacity: 40,
    accessibility: '一楼，无台阶',
    confirmed: [],
    waitlisted: [],
  },
  {
    // Held last week: its page is where staff add the photos taken there.
    id: 'activity-demo-chongyang',
    community: 'c-taoyuan',
    title: '敬老茶话会',
    category: '文体',
    description: '社区请老同志喝茶、聊家常，听大家对社区工作的意见。',
    room: '桃园社区活动中心一楼大厅',
    inDays: -6,
    start: 14 * 60 + 30,
    end: 16 * 60,
    capacity: 40,
    accessibility: '一楼，无台阶，有轮椅位',
    confirmed: ['cadre-01', 'cadre-03'],
    waitlisted: [],
    attended: ['cadre-01', 'cadre-03'],
  },
  {
    id: 'activity-demo-xinghua',
    community: 'c-xinghua',
    title: '合唱团排练',
    category: '文体',
    description: '排练迎新年演出曲目。',
    room: '杏花社区活动室',
    inDays: 4,
    start: 15 * 60,
    end: 16 * 60 + 30,
    capacity: 25,
    confirmed: [],
    waitlisted: [],
  },
]

export function demoActivities(now: Date): { c: string; d: Doc }[] {
  const docs: { c: string; d: Doc }[] = []
  for (const a of ACTIVITIES) {
    const day = shanghaiDay(addDays(now, a.inDays))
    const startAt = shanghaiInstant(day, a.start)
    docs.push({
      c: 'activities',
      d: {
        _id: a.id,
        communityId: a.community,
        title: a.title,
        category: a.category,
        description: a.description,
        room: a.room,
        startAt,
        endAt: shanghaiInstant(day, a.end),
        // Sign-ups close the evening before.
        deadlineAt: shanghaiInstant(shanghaiDay(addDays(now, a.inDays - 1)), 20 * 60),
        capacity: a.capacity,
        ...(a.accessibility ? { accessibility: a.accessibility } : {}),
        // The 主题党日 is the first branch's 组织生活.
        ...(a.category === '党组织生活' && a.community === 'c-taoyuan' ? { branchId: 'branch-taoyuan-1' } : {}),
        status: 'open',
        confirmed: a.confirmed.length,
        createdBy: STAFF[0].openid,
        createdAt: now,
        updatedAt: now,
      },
    })
    const signups = [...a.confirmed.map((id) => [id, 'confirmed'] as const), ...a.waitlisted.map((id) => [id, 'waitlisted'] as const)]
    signups.forEach(([cadreId, status], i) => {
      const cadre = CADRES.find((c) => c.id === cadreId)!
      docs.push({
        c: 'signups',
        d: {
          _id: `${a.id}:${cadreId}`,
          activityId: a.id,
          communityId: a.community,
          cadreId,
          cadreName: cadre.name,
          status,
          // In the order they came, a minute apart.
          at: new Date(now.getTime() - (signups.length - i) * 60_000),
          by: STAFF[0].openid,
          byName: STAFF[0].name,
          ...(a.attended?.includes(cadreId) ? { attended: true } : {}),
        },
      })
    })
  }
  return docs
}

const MATERIALS = [
  {
    id: 'material-demo-fraud',
    title: '老年人防诈骗十个要点',
    category: '法律',
    body: [
      '陌生电话说您的银行卡出了问题、要您转账到“安全账户”的，一定是诈骗。公安、法院不会打电话让您转账。',
      '“保健品能治百病”“免费领鸡蛋听讲座”，多半是推销陷阱。买药看病请到正规医院。',
      '子女“出事”打来电话要钱，先挂断，再拨打子女平时用的号码核实。',
      '拿不准的事，先打社区电话或 96110 反诈专线问一问。',
    ],
  },
  {
    id: 'material-demo-winter',
    title: '冬季养生：心脑血管保健',
    category: '健康养生',
    body: [
      '天冷血管收缩，血压容易升高。早上起床动作要慢，先在床上坐一会儿。',
      '按时吃降压药，不要自己停药或加量。家里备一个电子血压计，每天固定时间量。',
      '出门戴帽子、围巾，避免在清晨最冷的时候锻炼。',
      '出现胸闷、一侧手脚无力、说话不清，马上按“一键通”或拨打 120。',
    ],
  },
  {
    id: 'material-demo-party',
    title: '离退休干部党支部学习制度',
    category: '党建',
    body: [
      '支部每月组织一次集中学习，时间一般在每月第一个周五上午。',
      '行动不便的党员，由社区工作人员或志愿者送学上门，学习材料同步送达。',
      '学习后请在小程序里点“我读完了”，支部可以及时了解大家的学习情况。',
    ],
  },
] as const

export function demoMaterials(now: Date): { c: string; d: Doc }[] {
  return MATERIALS.map((m, i) => ({
    c: 'materials',
    d: {
      _id: m.id,
      communityId: 'c-taoyuan',
      title: m.title,
      category: m.category,
      body: m.body.map((text) => ({ text })),
      publishedAt: new Date(now.getTime() - (i + 1) * 86_400_000),
      by: STAFF[0].openid,
      byName: STAFF[0].name,
    },
  }))
}

/** Two works on the 宣传栏 already, and a volunteer offer waiting for staff to approve it. */
export function demoContributions(now: Date): { c: string; d: Doc }[] {
  const cadre = (id: string) => CADRES.find((c) => c.id === id)!
  const item = (
    id: string,
    cadreId: string,
    kind: 'skill' | 'work',
    type: string,
    title: string,
    detail: string,
    status: string,
    daysAgo: number,
  ) => ({
    c: 'contributions',
    d: {
      _id: id,
      communityId: 'c-taoyuan',
      cadreId,
      cadreName: cadre(cadreId).name,
      kind,
      type,
      title,
      detail,
      status,
      submittedBy: STAFF[0].openid,
      submittedAt: new Date(now.getTime() - daysAgo * 86_400_000),
      ...(status === 'approved' ? { decidedBy: STAFF[0].openid, decidedByName: STAFF[0].name, decidedAt: now } : {}),
    },
  })
  return [
    item(
      'contribution-demo-poem',
      'cadre-13',
      'work',
      '诗词',
      '七绝·桃园秋色',
      '满园霜叶映斜阳，\n老友相邀话短长。\n莫道桑榆时已晚，\n为霞尚可满天香。',
      'approved',
      6,
    ),
    item(
      'contribution-demo-patrol',
      'cadre-07',
      'skill',
      '义务巡逻',
      '晚间小区巡逻',
      '每周二、四晚上七点到八点，桃园一网格。',
      'approved',
      4,
    ),
    item(
      'contribution-demo-tutor',
      'cadre-09',
      'skill',
      '青少年辅导',
      '周末辅导初中数学',
      '周六上午有空，可以到社区图书室。',
      'pending',
      1,
    ),
  ]
}

/** 意见建议: one just sent by a daughter, one the community is handling, and a complaint past its day (the bureau sees it). */
export function demoVoices(now: Date): { c: string; d: Doc }[] {
  const cadre = (id: string) => CADRES.find((c) => c.id === id)!
  const day = 86_400_000
  const voice = (
    id: string,
    cadreId: string,
    kind: string,
    text: string,
    daysAgo: number,
    dueDays: number,
    extra: Record<string, unknown> = {},
  ) => ({
    c: 'voices',
    d: {
      _id: id,
      communityId: 'c-taoyuan',
      cadreId,
      cadreName: cadre(cadreId).name,
      kind,
      text,
      status: 'new',
      submittedBy: 'demo-family-wangli',
      submittedByName: '王丽',
      submittedAs: 'family',
      submittedAt: new Date(now.getTime() - daysAgo * day),
      dueAt: new Date(now.getTime() + (dueDays - daysAgo) * day),
      replies: [],
      ...extra,
    },
  })
  return [
    voice('voice-demo-light', 'cadre-01', '意见', '3 号楼二单元楼道的灯坏了一个多月，晚上下楼看不见，怕摔。', 1, 7),
    voice('voice-demo-bench', 'cadre-01', '建议', '小区花园能不能多放几张有靠背的长椅，走一会儿就想歇歇。', 3, 10, {
      status: 'handling',
      replies: [
        {
          by: STAFF[0].openid,
          byName: STAFF[0].name,
          from: 'community',
          text: '已经和物业商量，下周先放两张。',
          at: new Date(now.getTime() - 2 * day),
        },
      ],
    }),
    voice('voice-demo-late', 'cadre-03', '投诉', '约好上午九点理发，师傅十一点才来，也没有打电话说一声。', 5, 3, {
      submittedBy: 'demo-family-zhangxiaomei',
      submittedByName: '张小梅',
    }),
  ]
}

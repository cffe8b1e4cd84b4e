// The demo community for `npm start` and the tests: 桃园社区 with its cadres, families, staff and providers,
// and a second community (杏花社区) so that scope rules have someone to keep out.
export const COMMUNITIES = [
  {
    _id: 'c-taoyuan',
    name: '桃园社区',
    district: '海曙区',
    dutyPhone: '0574-87310000',
    address: '宁波市海曙区桃园街 88 号',
    propertyPhone: '0574-87310088',
    clinicPhone: '0574-87312120',
  },
  { _id: 'c-xinghua', name: '杏花社区', district: '江北区', dutyPhone: '0574-87650000', address: '宁波市江北区杏花路 12 号' },
]

type Rank = '副县级以上' | '一般'
type Category = '离休' | '退休'

export interface SeedCadre {
  id: string
  name: string
  gender: '男' | '女'
  /** Solar birth date, or for lunar birthdays the lunar date (a negative month is a leap month). */
  birth: [number, number, number]
  celebrates: 'solar' | 'lunar'
  rank: Rank
  category: Category
  partyMember: boolean
  phone?: string
  address: string
  livesAlone: boolean
  openid?: string
  community?: string
}

export const CADRES: SeedCadre[] = [
  {
    id: 'cadre-01',
    name: '王建国',
    gender: '男',
    birth: [1931, 3, 15],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '离休',
    partyMember: true,
    phone: '13805741234',
    address: '桃园街 12 号 3 幢 201 室',
    livesAlone: false,
    openid: 'demo-cadre-wangjianguo',
  },
  {
    id: 'cadre-02',
    name: '李秀英',
    gender: '女',
    birth: [1936, -3, 12],
    celebrates: 'lunar',
    rank: '一般',
    category: '退休',
    partyMember: true,
    phone: '13905745678',
    address: '桃园街 12 号 5 幢 102 室',
    livesAlone: true,
    openid: 'demo-cadre-lixiuying',
  },
  {
    id: 'cadre-03',
    name: '张德福',
    gender: '男',
    birth: [1925, 8, 1],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '离休',
    partyMember: true,
    address: '桃园街 20 号 1 幢 101 室',
    livesAlone: false,
  },
  {
    id: 'cadre-04',
    name: '陈桂兰',
    gender: '女',
    birth: [1940, 9, 9],
    celebrates: 'lunar',
    rank: '一般',
    category: '退休',
    partyMember: false,
    phone: '13605749012',
    address: '柳汀街 6 号 2 幢 301 室',
    livesAlone: true,
  },
  {
    id: 'cadre-05',
    name: '刘志明',
    gender: '男',
    birth: [1946, 10, 1],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '退休',
    partyMember: true,
    phone: '13705743456',
    address: '柳汀街 6 号 4 幢 502 室',
    livesAlone: false,
    openid: 'demo-cadre-liuzhiming',
  },
  {
    id: 'cadre-06',
    name: '赵淑芬',
    gender: '女',
    birth: [1938, 1, 20],
    celebrates: 'lunar',
    rank: '一般',
    category: '退休',
    partyMember: true,
    phone: '13505747890',
    address: '桃园街 8 号 1 幢 203 室',
    livesAlone: false,
  },
  {
    id: 'cadre-07',
    name: '孙长海',
    gender: '男',
    birth: [1929, 12, 26],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '离休',
    partyMember: true,
    phone: '13305742345',
    address: '桃园街 16 号 2 幢 401 室',
    livesAlone: true,
  },
  {
    id: 'cadre-08',
    name: '周玉珍',
    gender: '女',
    birth: [1944, 5, 5],
    celebrates: 'lunar',
    rank: '一般',
    category: '退休',
    partyMember: false,
    phone: '13805746789',
    address: '县学街 30 号 3 幢 102 室',
    livesAlone: false,
  },
  {
    id: 'cadre-09',
    name: '吴振华',
    gender: '男',
    birth: [1950, 7, 1],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '退休',
    partyMember: true,
    phone: '13905740123',
    address: '县学街 30 号 5 幢 602 室',
    livesAlone: false,
    openid: 'demo-cadre-wuzhenhua',
  },
  {
    id: 'cadre-10',
    name: '郑美华',
    gender: '女',
    birth: [1952, 2, 14],
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    partyMember: true,
    phone: '13605744567',
    address: '桃园街 12 号 2 幢 301 室',
    livesAlone: false,
  },
  {
    id: 'cadre-11',
    name: '冯国强',
    gender: '男',
    birth: [1933, -5, 18],
    celebrates: 'lunar',
    rank: '副县级以上',
    category: '离休',
    partyMember: true,
    phone: '13705748901',
    address: '柳汀街 18 号 1 幢 101 室',
    livesAlone: true,
  },
  {
    id: 'cadre-12',
    name: '何淑贞',
    gender: '女',
    birth: [1948, 11, 30],
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    partyMember: false,
    phone: '13505742468',
    address: '桃园街 8 号 3 幢 502 室',
    livesAlone: false,
  },
  {
    id: 'cadre-13',
    name: '许文斌',
    gender: '男',
    birth: [1955, 4, 22],
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    partyMember: true,
    phone: '13305741357',
    address: '县学街 2 号 1 幢 201 室',
    livesAlone: false,
  },
  {
    id: 'cadre-14',
    name: '曹兰芳',
    gender: '女',
    birth: [1934, 8, 15],
    celebrates: 'lunar',
    rank: '一般',
    category: '离休',
    partyMember: true,
    address: '桃园街 20 号 3 幢 102 室',
    livesAlone: true,
  },
  {
    id: 'cadre-15',
    name: '彭德怀',
    gender: '男',
    birth: [1942, 6, 6],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '退休',
    partyMember: true,
    phone: '13805743579',
    address: '柳汀街 6 号 1 幢 101 室',
    livesAlone: false,
  },
  {
    id: 'cadre-16',
    name: '蒋秀兰',
    gender: '女',
    birth: [1958, 3, 8],
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    partyMember: false,
    phone: '13905749753',
    address: '县学街 30 号 1 幢 301 室',
    livesAlone: false,
  },
  {
    id: 'cadre-17',
    name: '沈立群',
    gender: '男',
    birth: [1939, 2, 29],
    celebrates: 'lunar',
    rank: '副县级以上',
    category: '退休',
    partyMember: true,
    phone: '13605748642',
    address: '桃园街 16 号 5 幢 202 室',
    livesAlone: false,
  },
  {
    id: 'cadre-18',
    name: '韩桂英',
    gender: '女',
    birth: [1928, 7, 7],
    celebrates: 'solar',
    rank: '一般',
    category: '离休',
    partyMember: true,
    phone: '13705746420',
    address: '柳汀街 18 号 2 幢 102 室',
    livesAlone: true,
  },
  {
    id: 'cadre-19',
    name: '杨卫东',
    gender: '男',
    birth: [1953, 10, 10],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '退休',
    partyMember: true,
    phone: '13505740864',
    address: '县学街 2 号 3 幢 401 室',
    livesAlone: false,
  },
  {
    id: 'cadre-20',
    name: '朱丽华',
    gender: '女',
    birth: [1945, 12, 1],
    celebrates: 'lunar',
    rank: '一般',
    category: '退休',
    partyMember: false,
    phone: '13305749876',
    address: '桃园街 12 号 1 幢 601 室',
    livesAlone: false,
  },
  {
    id: 'cadre-21',
    name: '马国栋',
    gender: '男',
    birth: [1937, 4, 4],
    celebrates: 'solar',
    rank: '副县级以上',
    category: '离休',
    partyMember: true,
    phone: '13805740011',
    address: '杏花路 3 号 2 幢 101 室',
    livesAlone: false,
    community: 'c-xinghua',
  },
]

export interface SeedPerson {
  openid: string
  name: string
  roles: ('cadre' | 'family' | 'staff' | 'provider' | 'admin')[]
  community?: string
  note: string
}

export const STAFF: SeedPerson[] = [
  { openid: 'demo-staff-chenjing', name: '陈静', roles: ['staff'], community: 'c-taoyuan', note: '桃园社区 · 老干部专干' },
  { openid: 'demo-staff-huangwei', name: '黄伟', roles: ['staff'], community: 'c-taoyuan', note: '桃园社区 · 网格员' },
  { openid: 'demo-staff-linli', name: '林丽', roles: ['staff'], community: 'c-xinghua', note: '杏花社区 · 老干部专干' },
]

type Availability = { weekday: number; from: string; to: string }[]

/** The same hours on each of the given weekdays (1 = Monday … 7 = Sunday). */
const hours = (weekdays: number[], ...spans: [string, string][]): Availability =>
  weekdays.flatMap((weekday) => spans.map(([from, to]) => ({ weekday, from, to })))

export interface SeedProvider extends SeedPerson {
  kind: '签约服务人员' | '志愿者'
  phone: string
  /** Service keys (cloudfunctions/lib/features/services/rules.ts). */
  services: string[]
  grid: string
  availability: Availability
  bufferMin: number
}

export const PROVIDERS: SeedProvider[] = [
  {
    openid: 'demo-provider-zhoulan',
    name: '周兰',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '家政保洁、助餐 · 一网格',
    kind: '签约服务人员',
    phone: '13600001001',
    services: ['cleaning', 'meals'],
    grid: '桃园一网格',
    availability: hours([1, 2, 3, 4, 5, 6], ['08:00', '12:00'], ['13:30', '18:00']),
    bufferMin: 30,
  },
  {
    openid: 'demo-provider-hefang',
    name: '何芳',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '家政保洁、助餐 · 二网格',
    kind: '签约服务人员',
    phone: '13600001007',
    services: ['cleaning', 'meals'],
    grid: '桃园二网格',
    availability: hours([1, 2, 3, 4, 5], ['08:00', '12:00'], ['13:30', '17:30']),
    bufferMin: 30,
  },
  {
    openid: 'demo-provider-qianming',
    name: '钱明',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '家电维修、管道疏通（急修）',
    kind: '签约服务人员',
    phone: '13600001002',
    services: ['repair'],
    grid: '桃园一网格',
    availability: hours([1, 2, 3, 4, 5, 6, 7], ['08:00', '20:00']),
    bufferMin: 30,
  },
  {
    openid: 'demo-provider-sunli',
    name: '孙丽',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '上门理发',
    kind: '签约服务人员',
    phone: '13600001003',
    services: ['haircut'],
    grid: '桃园二网格',
    availability: hours([2, 3, 4, 5, 6, 7], ['09:00', '12:00'], ['14:00', '17:00']),
    bufferMin: 15,
  },
  {
    openid: 'demo-provider-doctor-wu',
    name: '吴医生',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '社区卫生服务站 · 上门巡诊、康复护理',
    kind: '签约服务人员',
    phone: '13600001004',
    services: ['doctor', 'rehab'],
    grid: '桃园一网格',
    availability: hours([1, 2, 3, 4, 5], ['08:30', '11:30'], ['14:00', '16:30']),
    bufferMin: 20,
  },
  {
    openid: 'demo-provider-xiaoyang',
    name: '杨晓',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '大学生志愿者 · 陪聊、送学、代购',
    kind: '志愿者',
    phone: '13600001005',
    services: ['chat', 'study', 'errands'],
    grid: '桃园二网格',
    availability: [...hours([6, 7], ['09:00', '17:00']), ...hours([3], ['14:00', '17:00'])],
    bufferMin: 20,
  },
  {
    openid: 'demo-provider-laozhang',
    name: '张建军',
    roles: ['provider'],
    community: 'c-taoyuan',
    note: '退休党员志愿者 · 陪同就医、送报刊',
    kind: '志愿者',
    phone: '13600001006',
    services: ['escort', 'papers'],
    grid: '桃园一网格',
    availability: hours([1, 2, 3, 4, 5], ['08:00', '11:00']),
    bufferMin: 20,
  },
]

export const ADMIN: SeedPerson = { openid: 'demo-admin-bureau', name: '老干部局 管理员', roles: ['admin'], note: '市委老干部局' }

export interface SeedFamily extends SeedPerson {
  /** Their own mobile, given when they asked to bind. */
  phone?: string
  links: {
    cadre: string
    relation: '子女' | '配偶' | '孙辈' | '其他亲属'
    status: 'active' | 'pending'
    health?: boolean
    book?: boolean
    sos?: boolean
  }[]
}

export const FAMILY: SeedFamily[] = [
  {
    openid: 'demo-family-wangli',
    name: '王丽',
    phone: '13916082468',
    roles: ['family'],
    note: '王建国的女儿（在上海）',
    links: [{ cadre: 'cadre-01', relation: '子女', status: 'active', health: true }],
  },
  {
    openid: 'demo-family-wangxiaojun',
    name: '王小军',
    roles: ['family'],
    note: '王建国的孙子（只能查看，不能代办）',
    links: [{ cadre: 'cadre-01', relation: '孙辈', status: 'active', book: false, sos: false }],
  },
  {
    openid: 'demo-family-wangqiang',
    name: '王强',
    phone: '13757401357',
    roles: ['family'],
    note: '王建国的儿子',
    links: [{ cadre: 'cadre-01', relation: '子女', status: 'pending' }],
  },
  {
    openid: 'demo-family-zhangxiaomei',
    name: '张晓梅',
    roles: ['family'],
    note: '张德福的孙女',
    links: [{ cadre: 'cadre-03', relation: '孙辈', status: 'active' }],
  },
  {
    openid: 'demo-family-chenhao',
    name: '陈浩',
    roles: ['family'],
    note: '陈桂兰的儿子（在杭州）',
    links: [{ cadre: 'cadre-04', relation: '子女', status: 'active', health: true }],
  },
  {
    openid: 'demo-family-sunyan',
    name: '孙燕',
    roles: ['family'],
    note: '孙长海、韩桂英的亲属',
    links: [
      { cadre: 'cadre-07', relation: '子女', status: 'active' },
      { cadre: 'cadre-18', relation: '其他亲属', status: 'active' },
    ],
  },
  {
    openid: 'demo-family-fengjie',
    name: '冯洁',
    roles: ['family'],
    note: '冯国强的女儿（在北京）',
    links: [{ cadre: 'cadre-11', relation: '子女', status: 'active' }],
  },
  {
    openid: 'demo-family-caohong',
    name: '曹红',
    roles: ['family'],
    note: '曹兰芳的女儿',
    links: [{ cadre: 'cadre-14', relation: '子女', status: 'active', health: true }],
  },
  { openid: 'demo-family-liuyang', name: '刘洋', roles: [], note: '还未绑定老人的家属（用来体验绑定）', links: [] },
]

// Demo care profiles (四个必须知道): 王建国 with written consent and his health on file, 李秀英 who lives alone
// and is diabetic (consent given in the app), and 张德福 whose family has not yet agreed to health records.
import type { Doc } from '../emulator/ejson'
import { STAFF } from './people'

const KEEPERS = { originalUnit: '市交通局离退休处 何主任', bureau: '市委老干部局 联络员小周', community: '陈静' }
const DOCTOR = { id: 'demo-provider-doctor-wu', name: '吴医生' }
const staff = STAFF[0]

export function demoCareProfiles(now: Date): { c: string; d: Doc }[] {
  const consent = (method: string, recordedBy = staff) => ({
    at: new Date(now.getTime() - 30 * 86_400_000),
    method,
    recordedBy: recordedBy.openid,
    recordedByName: recordedBy.name,
  })
  const base = { communityId: 'c-taoyuan', updatedAt: now, updatedBy: staff.openid, doctor: DOCTOR }
  return [
    {
      _id: 'cadre-01',
      ...base,
      household: '空巢（与老伴同住）',
      hobbies: '书法、象棋，年轻时在部队当过文书',
      habits: '早上 6 点起床打太极，午睡到 2 点半，晚饭后看新闻联播',
      contacts: [
        { kind: '家属', name: '王丽', phone: '13957412345' },
        { kind: '原单位联系人', name: '何建华', phone: '0574-87201234' },
        { kind: '社区工作人员', name: '陈静', phone: '13600002001' },
        { kind: '责任医生', name: '吴医生', phone: '13600001004' },
      ],
      guarantors: { ...KEEPERS, family: '女儿 王丽' },
      consent: consent('本人书面签字'),
      health: {
        selfCare: '半自理',
        conditions: ['高血压', '冠心病'],
        diet: '少盐，不吃肥肉',
        diabetic: false,
        idNumber: '330203193103151232',
      },
    },
    {
      _id: 'cadre-02',
      ...base,
      household: '独居',
      hobbies: '越剧，年轻时是厂里文艺骨干',
      habits: '耳朵背，敲门要用力；晚上 8 点就睡',
      contacts: [
        { kind: '家属', name: '李明', phone: '13857401234' },
        { kind: '社区工作人员', name: '黄伟', phone: '13600002002' },
      ],
      guarantors: { ...KEEPERS, originalUnit: '市纺织公司退管会 孙师傅', family: '儿子 李明（在上海）' },
      consent: { ...consent('本人在小程序确认'), recordedBy: 'demo-cadre-lixiuying', recordedByName: '李秀英' },
      health: { selfCare: '自理', conditions: ['糖尿病'], diet: '控糖，祝寿用寿桃不用蛋糕', diabetic: true },
    },
    {
      _id: 'cadre-03',
      ...base,
      household: '与子女同住',
      hobbies: '养花',
      habits: '行动不便，上门请提前打电话',
      contacts: [{ kind: '社区工作人员', name: '陈静', phone: '13600002001' }],
      guarantors: { ...KEEPERS, family: '' },
    },
  ].map((d) => ({ c: 'careProfiles', d }))
}

// Who sees what of a cadre's care profile (四个必须知道). Health data and ID numbers are sensitive personal
// information (PIPL art. 28): only those who need them see them, and staff and doctors' reads are logged.
import type { Relation } from '../../core/access.rules'

/** How a viewer stands to the cadre, most trusted first. */
export type CareReader = 'self' | 'staff' | 'doctor' | 'familyHealth' | 'family' | 'admin'

/** The reader, from the relation the router admitted the caller by (and, for family, the link's health grant). */
export function careReaderFor(relation: Relation, link?: { permissions: { health: boolean } }): CareReader {
  switch (relation) {
    case 'cadre':
      return 'self'
    case 'provider':
      // Admitted only as the cadre's responsible doctor.
      return 'doctor'
    case 'family':
      return link?.permissions.health ? 'familyHealth' : 'family'
    default:
      return relation
  }
}

export const seesHealth = (r: CareReader) => r === 'self' || r === 'staff' || r === 'doctor' || r === 'familyHealth'
export const seesFullIdNumber = (r: CareReader) => r === 'self' || r === 'staff'
/** The bureau oversees but does not look after the person: phone numbers stay masked for it. */
export const mayCallContacts = (r: CareReader) => r !== 'admin'
/** Staff and the doctor handle the data for their work; each of their reads goes into the access log. */
export const readIsLogged = (r: CareReader) => r === 'staff' || r === 'doctor'

export interface HealthFacts {
  selfCare: string
  conditions: string[]
  diet: string
  diabetic: boolean
  idNumber?: string
}

/** The names of the sensitive fields a viewer was shown, as the access log records them. */
export function sensitiveFieldsShown(h: HealthFacts): string[] {
  return [...HEALTH_FIELDS, ...(h.idNumber ? ['身份证号'] : [])]
}

/** The health fields proper, which a responder's one-line summary shows (the ID number is not among them). */
export const HEALTH_FIELDS = ['自理能力', '慢性病', '饮食禁忌']

/** One line for a responder: "半自理；高血压、糖尿病；糖尿病饮食，少油". */
export function healthSummary(h: HealthFacts): string {
  const conditions = h.conditions.length ? h.conditions.join('、') : '无慢性病记录'
  const diet = [h.diabetic ? '糖尿病饮食' : '', h.diet].filter(Boolean).join('，')
  return [h.selfCare, conditions, diet].filter(Boolean).join('；')
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** A mainland resident ID number (GB 11643): 17 digits and the check character computed from them. */
export function isIdNumber(s: string): boolean {
  if (!/^\d{17}[\dX]$/.test(s)) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0)
  return ID_CHECK[sum % 11] === s[17]
}

/** One line of the 联系卡: who, and the number a big button dials. */
export interface ContactLine {
  label: string
  who: string
  phone: string
}

/** The 联系卡's lines in the order to call them; each person and each number once. */
export function contactCardLines(s: {
  community: { name: string; dutyPhone: string; propertyPhone?: string; clinicPhone?: string } | null
  keeper?: { name: string; phone: string; grid: string }
  family: readonly { name: string; relation: string; phone: string }[]
  doctor?: { name: string; phone: string }
  volunteers: readonly { name: string; phone: string }[]
  contacts: readonly { kind: string; name: string; phone: string }[]
}): ContactLine[] {
  const c = s.community
  const lines: ContactLine[] = [
    ...(c ? [{ label: '社区值班电话', who: c.name, phone: c.dutyPhone }] : []),
    ...(s.keeper ? [{ label: '网格员', who: `${s.keeper.name}（${s.keeper.grid}）`, phone: s.keeper.phone }] : []),
    ...s.family.map((f) => ({ label: `家属（${f.relation}）`, who: f.name, phone: f.phone })),
    // A family member both bound and on the profile is called on the number they bound with.
    ...s.contacts
      .filter((x) => x.kind === '家属' && !s.family.some((f) => f.name === x.name))
      .map((x) => ({ label: '家属', who: x.name, phone: x.phone })),
    ...(c?.propertyPhone ? [{ label: '物业', who: c.name, phone: c.propertyPhone }] : []),
    ...(c?.clinicPhone ? [{ label: '社区卫生服务站', who: c.name, phone: c.clinicPhone }] : []),
    ...(s.doctor ? [{ label: '责任医生', who: s.doctor.name, phone: s.doctor.phone }] : []),
    ...s.contacts.filter((x) => x.kind === '责任医生').map((x) => ({ label: '责任医生', who: x.name, phone: x.phone })),
    ...s.volunteers.map((v) => ({ label: '结对志愿者', who: v.name, phone: v.phone })),
    ...s.contacts.filter((x) => x.kind === '原单位联系人').map((x) => ({ label: '原单位', who: x.name, phone: x.phone })),
    { label: '报警', who: '110', phone: '110' },
    { label: '急救', who: '120', phone: '120' },
  ]
  return lines.filter((l, i) => lines.findIndex((m) => m.phone === l.phone) === i)
}

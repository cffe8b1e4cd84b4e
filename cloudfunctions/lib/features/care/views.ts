// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.

export interface CareContactView {
  kind: string
  name: string
  /** In full for those who may call (the cadre, family, staff, the doctor); masked (138****5678) for others. */
  phone: string
  callable: boolean
}

export interface CareHealthView {
  selfCare: string
  conditions: string[]
  diet: string
  diabetic: boolean
  /** In full for the cadre and community staff only, masked (330203********1234) for the others who see health. */
  idNumber: string
}

/** 四个必须知道 and the people to call, as one viewer may see it. */
export interface CareProfileView {
  cadreId: string
  cadreName: string
  age: number
  address: string
  phone: string
  household: string
  hobbies: string
  habits: string
  contacts: CareContactView[]
  guarantors: { originalUnit: string; bureau: string; family: string; community: string }
  doctor: { id: string; name: string } | null
  consent: { given: boolean; words: string }
  /** Null when there is no consent or nothing recorded yet, or the viewer may not see health data. */
  health: CareHealthView | null
  /** Why health is not shown, in words; empty when it is. */
  healthNote: string
  can: { edit: boolean; editKeepers: boolean; editHealth: boolean; consent: boolean; admin: boolean }
  /** Doctors (providers of 上门巡诊) of the cadre's community, for staff choosing the responsible one. */
  doctors: { id: string; name: string }[]
}

export interface AccessLogEntryView {
  id: string
  actorName: string
  actorRole: string
  cadreId: string
  cadreName: string
  fields: string[]
  via: string
  atWords: string
}

export interface ContactCardView {
  cadreName: string
  address: string
  lines: { label: string; who: string; phone: string }[]
}

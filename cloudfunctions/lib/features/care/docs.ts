// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { HealthFacts } from './rules'
import type { ContactKind } from '../../core/categories'

export interface CareContact {
  kind: ContactKind
  name: string
  phone: string
}

/** 四个必须知道 of one cadre (`_id` is the cadre's id). `health` exists only while consent is on record. */
export interface CareProfileDoc {
  _id: string
  communityId: string
  household: string
  hobbies: string
  habits: string
  /** In the order they are called. */
  contacts: CareContact[]
  /** 四位一体包保: who answers for the cadre at the original unit, the bureau, in the family and the community. */
  guarantors: { originalUnit: string; bureau: string; family: string; community: string }
  /** The provider who is the responsible doctor (责任医生); they may read the health fields. */
  doctor?: { id: string; name: string }
  consent?: { at: Date; method: string; recordedBy: string; recordedByName: string }
  health?: HealthFacts
  updatedAt: Date
  updatedBy: string
}

/** One read of sensitive fields by staff or a doctor: appended, never changed. */
export interface AccessLogDoc {
  _id: string
  actor: string
  actorName: string
  actorRole: string
  cadreId: string
  cadreName: string
  communityId: string
  fields: string[]
  via: string
  at: Date
}

// The documents this feature stores.
import type { TalentNeed } from '../../core/categories'

export type InvitationStatus = 'invited' | 'accepted' | 'declined' | 'served'

/** Staff asking a cadre of the 银发人才库 to help with a need; the hours they served are recorded after. */
export interface InvitationDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  need: TalentNeed
  detail: string
  day?: string
  status: InvitationStatus
  invitedBy: string
  invitedByName: string
  invitedAt: Date
  answeredByName?: string
  answeredAt?: Date
  hours?: number
  servedAt?: Date
}

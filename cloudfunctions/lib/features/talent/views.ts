// What this feature's actions answer: plain data shaped for the pages.
import type { InvitationStatus } from './docs'

export interface TalentView {
  cadreId: string
  name: string
  age: number
  skills: string[]
  /** Hours served through invitations, all told. */
  hours: number
}

export interface InvitationView {
  id: string
  cadreId: string
  cadreName: string
  need: string
  detail: string
  dayWords?: string
  status: InvitationStatus
  statusWords: string
  invitedByName: string
  hours?: number
}

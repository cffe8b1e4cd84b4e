// What this feature's actions answer: plain data shaped for the pages.
import type { Presence } from './rules'

export interface BranchView {
  id: string
  name: string
  /** "桃园社区" / "桃园社区、杏花社区" */
  communityWords: string
  secretaryName?: string
  members: number
}

export interface BranchDetail {
  branch: BranchView & { secretaryId?: string; memberIds: string[] }
  /** This year's 组织生活 meetings of the branch, in order. */
  meetings: { id: string; title: string; dateWords: string; held: boolean }[]
  /** Each member, the secretary first, with how they took part in each meeting (same order as `meetings`). */
  members: { cadreId: string; name: string; secretary: boolean; presence: Presence[]; came: number; atHome: number; missed: number }[]
}

// The documents this feature stores.

/** A retired cadres' party branch (离退休党支部): in one community or across several; members are party members. */
export interface BranchDoc {
  _id: string
  name: string
  communityIds: string[]
  secretaryId?: string
  memberIds: string[]
  updatedAt: Date
}

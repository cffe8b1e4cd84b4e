// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { StoredPhoto } from '../files/tickets'
import type { TaskKind } from '../../core/categories'

/** A visit staff owe a cadre (`_id` is the occasion's key, e.g. `birthday:<cadre>:<year>`, so it exists once). */
export interface TaskDoc {
  _id: string
  kind: TaskKind
  communityId: string
  cadreId: string
  cadreName: string
  address: string
  phone?: string
  /** The cadre's grid when the task was made: its keeper sees the task as theirs. */
  grid?: string
  /** Handed to a colleague: theirs, whatever the grid. */
  assignedTo?: string
  assignedName?: string
  /** "郑国华 80 岁生日（11月26日）", "住院：昨晚摔倒住进区医院" */
  title: string
  /** What to bring or mind, e.g. 寿桃 for a diabetic. */
  note: string
  /** Health fields the note was worded from: showing the task to staff is a read of them, logged. */
  healthFields?: string[]
  dueDay: string
  status: 'open' | 'done'
  createdAt: Date
  reportedBy?: string
  /** Who told the community (住院, 大事) and how to reach them: often the daughter, not the patient in hospital. */
  reporter?: { name: string; phone?: string }
  doneAt?: Date
  visitId?: string
  /** The photo sent with a report. */
  photos?: StoredPhoto[]
}

/** A 走访记录: who went to see the cadre, when, with what, and what they found. */
export interface VisitDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  taskId?: string
  day: string
  visitors: string
  gifts: string
  notes: string
  recordedBy: string
  recordedByName: string
  at: Date
  photos?: StoredPhoto[]
}

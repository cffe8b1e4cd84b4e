// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { PhotoView } from '../files/views'

/** A visit staff owe, as 今日任务 shows it. */
export interface TaskView {
  id: string
  kind: string
  cadreId: string
  cadreName: string
  address: string
  phone?: string
  title: string
  note: string
  dueDay: string
  /** "今天 11月24日 周二", "已过期 2 天" */
  dueWords: string
  overdue: boolean
  status: 'open' | 'done'
  /** Who reported it (a 住院 or 大事 report), to call first. */
  reporter?: { name: string; phone?: string }
  /** The cadre's grid, and whether it is one the viewing staff member looks after. */
  grid?: string
  mine?: boolean
  /** The colleague it was handed to. */
  assignedName?: string
  /** For the one who reported it: the staff member keeping the cadre's grid, who will come. */
  keeperName?: string
  /** The photo sent with a report; addressed in the task list. */
  photos?: PhotoView[]
}

export interface VisitView {
  id: string
  cadreId: string
  cadreName: string
  day: string
  dayWords: string
  visitors: string
  gifts: string
  notes: string
  recordedByName: string
  taskTitle?: string
  /** 走访照片 as evidence; the list gives each an address, the answer to saving leaves it '' (the page has them). */
  photos: PhotoView[]
}

// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { PhotoView } from '../files/views'

export interface ContributionView {
  id: string
  cadreId: string
  cadreName: string
  kind: 'skill' | 'work'
  /** "志愿服务" / "作品" */
  kindWords: string
  type: string
  title: string
  detail: string
  image?: string
  photos: PhotoView[]
  status: 'pending' | 'approved' | 'rejected'
  /** "等社区审核" / "已上宣传栏" / "社区没有通过：…" */
  statusWords: string
  atWords: string
}

// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { PhotoView } from '../files/views'

export interface MaterialSummary {
  id: string
  title: string
  category: string
  publishedWords: string
  read: boolean
  readers?: number
  /** Sent down by the bureau: communities read it but cannot change it. */
  fromBureau?: true
}

export interface MaterialView extends MaterialSummary {
  /** A picture's address is '' if its file is gone. */
  body: { text?: string; picture?: PhotoView }[]
  byName: string
  /** The bureau's own, meant for these communities only (none: every community): for its edit form. */
  communityIds?: string[]
  /** Staff see who has read it. */
  readBy?: { cadreName: string; atWords: string }[]
}

// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.

export interface MaterialSummary {
  id: string
  title: string
  category: string
  publishedWords: string
  read: boolean
  readers?: number
}

export interface MaterialView extends MaterialSummary {
  body: { text?: string; image?: string }[]
  byName: string
  /** Staff see who has read it. */
  readBy?: { cadreName: string; atWords: string }[]
}

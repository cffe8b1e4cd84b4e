// What this feature's actions answer: plain data shaped for the pages.
import type { MessageOpens } from './docs'

export type { MessageOpens } from './docs'

export interface MessageView {
  id: string
  title: string
  body: string
  at: string
  atWords: string
  read: boolean
  /** The page a tap on the message opens, if it is about something (a booking, a task, a call for help). */
  opens: MessageOpens | null
}

// The notice actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { noticesContracts } from './contract'
import { listNotices, publishNotice, readNotice } from './notices'

export const noticesHandlers: Handlers<keyof typeof noticesContracts> = {
  'notice.publish': publishNotice,
  'notice.list': listNotices,
  'notice.read': readNotice,
}

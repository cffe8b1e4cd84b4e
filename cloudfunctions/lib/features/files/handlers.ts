// The file actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { filesContracts } from './contract'
import { checkUpload, prepareUpload } from './files'

export const filesHandlers: Handlers<keyof typeof filesContracts> = {
  'file.prepare': prepareUpload,
  'file.prepareForCommunity': prepareUpload,
  'file.check': checkUpload,
}

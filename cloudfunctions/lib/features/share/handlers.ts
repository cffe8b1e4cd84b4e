// The share actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { shareContracts } from './contract'
import { contributionBoard, decideContribution, reviewContributions, submitContribution } from './contributions'

export const shareHandlers: Handlers<keyof typeof shareContracts> = {
  'contribution.submit': submitContribution,
  'contribution.board': contributionBoard,
  'contribution.review': reviewContributions,
  'contribution.decide': decideContribution,
}

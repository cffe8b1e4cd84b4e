// The daily job tells the bureau of every 意见建议 still open past its due day, once each: the mark and the
// messages are written in one transaction, so a run that dies halfway tells the rest next time and nobody twice.
import { C } from '../../db/collections'
import { _ } from '../../db/cloud'
import { findAll, findMany, readInTx } from '../../db/access'
import { runTransaction } from '../../db/transaction'
import { dateWords } from '../../core/words.rules'
import { shanghaiDay } from '../../core/time.rules'
import type { CommunityDoc, UserDoc } from '../people/docs'
import { message, tell } from '../messages/messages'
import type { VoiceDoc } from './docs'

/** Overdue voices taken per run; more than this in a day means something else is wrong, and the rest go tomorrow. */
const PER_RUN = 100

export async function escalateOverdueVoices(at: Date): Promise<number> {
  const [overdue, admins] = await Promise.all([
    findMany<VoiceDoc>(
      C.voices,
      { status: _.neq('closed'), dueAt: _.lt(at), escalatedAt: _.exists(false) },
      {
        orderBy: ['dueAt', 'asc'],
        limit: PER_RUN,
      },
    ),
    findAll<UserDoc>(C.users, { roles: 'admin' }),
  ])
  if (!overdue.length) return 0
  const communities = await findAll<CommunityDoc>(C.communities, { _id: _.in([...new Set(overdue.map((v) => v.communityId))]) })
  let told = 0
  for (const v of overdue) {
    const where = communities.find((c) => c._id === v.communityId)?.name ?? ''
    const title = `超期没办结：${where}${v.cadreName}的${v.kind}`
    const body = `${v.text}（${dateWords(shanghaiDay(new Date(v.submittedAt)))}提出，应在${dateWords(shanghaiDay(new Date(v.dueAt)))}前办结）。可以在“意见建议督办”里督办。`
    const marked = await runTransaction(async (tx) => {
      const now = await readInTx<VoiceDoc>(tx, C.voices, v._id)
      if (!now || now.escalatedAt || now.status === 'closed') return false
      await Promise.all([
        tx
          .collection(C.voices)
          .doc(v._id)
          .update({ data: { escalatedAt: at } }),
        tell(
          admins.map((a) => message(a._id, title, body, at, { page: 'voiceDesk' })),
          tx,
        ),
      ])
      return true
    })
    if (marked) told++
  }
  return told
}

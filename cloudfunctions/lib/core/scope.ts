// What the router resolved for an action: the subject its input names, and how the caller came in. Actions read
// these instead of checking access again (the declaration in the contract is the one place it is decided).
import { AppError } from '../contracts'
import type { BookingDoc } from '../features/services/docs'
import type { CadreDoc, FamilyLinkDoc } from '../features/people/docs'
import type { SosEventDoc } from '../features/sos/docs'
import type { VoiceDoc } from '../features/voice/docs'
import type { InvitationDoc } from '../features/talent/docs'
import type { Relation } from './access.rules'
import type { SubjectDoc } from './subject'
import type { ActionContext } from './context'

export interface Scoped<D> {
  doc: D
  /** How the caller relates to it, for the record of who acted for whom. */
  as: Relation
}

type DocOf<K extends SubjectDoc['kind']> = Extract<SubjectDoc, { kind: K }>['doc']

function about<K extends SubjectDoc['kind']>(ctx: ActionContext, kind: K): Scoped<DocOf<K>> {
  const s = ctx.subject
  // A contract that names no such subject is a programming error, never the caller's.
  if (!s || s.kind !== kind || !ctx.relation) throw new Error(`action expects a ${kind} subject`)
  return { doc: s.doc as DocOf<K>, as: ctx.relation }
}

/** The cadre the input names, and the caller's relation to them. */
export const aboutCadre = (ctx: ActionContext): Scoped<CadreDoc> => about(ctx, 'cadre')
export const aboutBooking = (ctx: ActionContext): Scoped<BookingDoc> => about(ctx, 'booking')
export const aboutSosEvent = (ctx: ActionContext): Scoped<SosEventDoc> => about(ctx, 'sosEvent')
export const aboutLink = (ctx: ActionContext): Scoped<FamilyLinkDoc> => about(ctx, 'link')
export const aboutVoice = (ctx: ActionContext): Scoped<VoiceDoc> => about(ctx, 'voice')
export const aboutInvitation = (ctx: ActionContext): Scoped<InvitationDoc> => about(ctx, 'invitation')

/** The cadre when the input named one (an optional id), else null. */
export const cadreIfNamed = (ctx: ActionContext): Scoped<CadreDoc> | null => (ctx.subject ? aboutCadre(ctx) : null)

/** The community a staff member works in ('any' staff actions act only there). */
export function staffCommunity(ctx: ActionContext): string {
  if (!ctx.caller.communityId) throw new AppError('FORBIDDEN', '您的账号还没有分配社区，请联系管理员')
  return ctx.caller.communityId
}

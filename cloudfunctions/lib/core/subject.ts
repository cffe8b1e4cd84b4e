// The thing an action's input is about, read once by the router, and the caller's relation to it.
import { AppError, SUBJECT_KEYS, type Access, type Subject } from '../contracts'
import { C } from '../db/collections'
import type { BookingDoc } from '../features/services/docs'
import type { CadreDoc, FamilyLinkDoc } from '../features/people/docs'
import type { PairDoc } from '../features/pairing/docs'
import type { SosEventDoc } from '../features/sos/docs'
import type { VoiceDoc } from '../features/voice/docs'
import type { InvitationDoc } from '../features/talent/docs'
import { findAll, findById } from '../db/access'
import { relationUnder, type CallerFacts, type Relation, type SubjectFacts } from './access.rules'

export type SubjectDoc =
  | { kind: 'cadre'; doc: CadreDoc }
  | { kind: 'booking'; doc: BookingDoc }
  | { kind: 'sosEvent'; doc: SosEventDoc }
  | { kind: 'link'; doc: FamilyLinkDoc }
  | { kind: 'pair'; doc: PairDoc }
  | { kind: 'voice'; doc: VoiceDoc }
  | { kind: 'invitation'; doc: InvitationDoc }

/** What the router found: the subject (null when the input names none), the relation, the caller's link to it. */
export interface Resolved {
  subject: SubjectDoc | null
  relation: Relation
  /** The caller's active link to the subject's cadre, when they came in as family. */
  link?: FamilyLinkDoc
}

const COLLECTION: Record<Subject, string> = {
  cadre: C.cadres,
  booking: C.bookings,
  sosEvent: C.sosEvents,
  link: C.familyLinks,
  pair: C.pairs,
  voice: C.voices,
  invitation: C.invitations,
}
const MISSING: Record<Subject, string> = {
  cadre: '没有找到这位老人',
  booking: '没有找到这个预约',
  sosEvent: '没有找到这次求助',
  link: '没有找到这条绑定',
  pair: '没有找到这个结对',
  voice: '没有找到这条意见建议',
  invitation: '没有找到这个邀请',
}

/** The id the input names for the declared subject, if any. */
export function subjectId(access: Access, input: unknown): string | undefined {
  if (!access.about || !input || typeof input !== 'object') return undefined
  const id = (input as Record<string, unknown>)[SUBJECT_KEYS[access.about]]
  return typeof id === 'string' ? id : undefined
}

/**
 * The reads the decision needs, started together (one wait): the subject, and the caller's active links when the
 * declaration admits family by a link. They do not depend on the caller's record, so they run beside its read.
 */
export function readSubject(access: Access, input: unknown, openid: string) {
  const id = subjectId(access, input)
  const needsLinks = access.about !== undefined && access.family !== undefined && access.family !== 'own'
  return Promise.all([
    id && access.about ? findById<SubjectDoc['doc']>(COLLECTION[access.about], id) : Promise.resolve(null),
    needsLinks ? findAll<FamilyLinkDoc>(C.familyLinks, { familyOpenid: openid, status: 'active' }) : Promise.resolve([]),
  ])
}

/** Decides from what was read: NOT_FOUND for a named subject that is not there, FORBIDDEN for a caller not admitted. */
export function decide(
  access: Access,
  input: unknown,
  caller: CallerFacts,
  [doc, links]: Awaited<ReturnType<typeof readSubject>>,
): Resolved {
  const about = access.about
  if (about && subjectId(access, input) && !doc) throw new AppError('NOT_FOUND', MISSING[about])
  const subject = about && doc ? ({ kind: about, doc } as SubjectDoc) : null
  const facts = subject ? factsOf(subject) : null
  const relation = relationUnder(access, caller, facts, links)
  if (!relation) throw new AppError('FORBIDDEN', refusal(caller, facts, links))
  const link = relation === 'family' && facts ? links.find((l) => l.cadreId === facts.cadreId) : undefined
  return { subject, relation, ...(link ? { link } : {}) }
}

/**
 * Which of these actions about the same subject the caller would be admitted to, judged by their declarations as
 * the router judges them: a page offers only what will not end in “没有权限”.
 */
export function admittedTo<A extends string>(
  names: readonly A[],
  accessOf: (name: A) => Access,
  caller: CallerFacts,
  subject: SubjectDoc,
  link: FamilyLinkDoc | undefined,
): A[] {
  const facts = factsOf(subject)
  return names.filter((name) => relationUnder(accessOf(name), caller, facts, link ? [link] : []) !== null)
}

function factsOf(s: SubjectDoc): SubjectFacts {
  switch (s.kind) {
    case 'cadre':
      return { cadreId: s.doc._id, communityId: s.doc.communityId, providerId: s.doc.doctorId }
    case 'booking':
      return { cadreId: s.doc.cadreId, communityId: s.doc.communityId, providerId: s.doc.providerId }
    case 'sosEvent':
      return { cadreId: s.doc.cadreId, communityId: s.doc.communityId }
    case 'link':
      return { cadreId: s.doc.cadreId, communityId: s.doc.communityId, familyOpenid: s.doc.familyOpenid }
    case 'pair':
      return { cadreId: s.doc.cadreId, communityId: s.doc.communityId, providerId: s.doc.volunteerId }
    case 'voice':
    case 'invitation':
      return { cadreId: s.doc.cadreId, communityId: s.doc.communityId }
  }
}

function refusal(caller: CallerFacts, facts: SubjectFacts | null, links: readonly FamilyLinkDoc[]): string {
  if (facts && links.some((l) => l.cadreId === facts.cadreId)) return '这位老人没有给您这项权限，请让老人或社区在绑定里打开'
  if (caller.roles.includes('staff') && !caller.communityId) return '您的账号还没有分配社区，请联系管理员'
  return '您没有为这位老人办理的权限'
}

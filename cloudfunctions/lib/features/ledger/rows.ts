// The rows of each 台帐 sheet, in words an inspector reads, from the period's documents (pure; loaded with the
// sheets file when a ledger is exported).
import { ageOn, shanghaiDay } from '../../core/time.rules'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import type { TaskDoc, VisitDoc } from '../visits/docs'
import type { ActivityDoc, SignupDoc } from '../activities/docs'
import type { MaterialDoc, MaterialReadDoc } from '../study/docs'
import type { BookingDoc } from '../services/docs'
import type { LedgerEntryDoc } from '../card/docs'
import type { SosEventDoc } from '../sos/docs'
import type { PairDoc, PairLogDoc } from '../pairing/docs'
import { STATUS_WORDS as BOOKING_WORDS } from '../services/rules'
import { toClock } from '../services/slots.rules'
import { statusWord } from '../roster/rules'
import { ledgerDay, SHEETS, type LedgerCell, type LedgerSheet, type SheetKey } from './ledger.rules'

export interface LedgerSources {
  communities: CommunityDoc[]
  cadres: CadreDoc[]
  visits: VisitDoc[]
  tasks: TaskDoc[]
  activities: ActivityDoc[]
  signups: SignupDoc[]
  materials: MaterialDoc[]
  reads: MaterialReadDoc[]
  bookings: BookingDoc[]
  entries: LedgerEntryDoc[]
  calls: SosEventDoc[]
  pairs: PairDoc[]
  logs: PairLogDoc[]
}

const ENTRY_WORDS: Record<LedgerEntryDoc['kind'], string> = {
  issue: '发放',
  topup: '充值',
  hold: '冻结',
  capture: '扣款',
  release: '解冻',
  refund: '退款',
  adjust: '调整',
  expire: '作废',
}
const yuan = (fen: number) => Math.round(fen) / 100
const dayOf = (at: Date) => ledgerDay(shanghaiDay(new Date(at)))
const momentOf = (at: Date) => {
  const when = new Date(at)
  return `${dayOf(when)} ${toClock(Math.floor(((when.getTime() + 8 * 3_600_000) % 86_400_000) / 60_000))}`
}
const yesNo = (b: boolean | undefined) => (b ? '是' : '否')

export function ledgerSheets(sources: LedgerSources, urlOf: Map<string, string>, now: Date): LedgerSheet[] {
  const { communities, cadres, visits, tasks, activities, signups, materials, reads, bookings, entries, calls, pairs, logs } = sources
  // Looked up by id, not searched: a year of a community is tens of thousands of rows against a thousand cadres.
  const byId = <T extends { _id: string }>(list: T[]) => new Map(list.map((x) => [x._id, x]))
  const communityById = byId(communities)
  const cadreById = byId(cadres)
  const pairById = byId(pairs)
  const communityName = (id: string) => communityById.get(id)?.name ?? ''
  const cadreName = (id: string) => cadreById.get(id)?.name ?? ''
  const groupBy = <T>(list: T[], key: (x: T) => string) => {
    const groups = new Map<string, T[]>()
    for (const x of list) {
      const group = groups.get(key(x))
      if (group) group.push(x)
      else groups.set(key(x), [x])
    }
    return groups
  }
  const signupsOf = groupBy(signups, (s) => s.activityId)
  const readsOf = groupBy(reads, (r) => r.materialId)
  const byDay = <T>(list: T[], key: (x: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)))
  const today = shanghaiDay(now)

  const rows: Record<SheetKey, LedgerCell[][]> = {
    roster: byDay(cadres, (c) => `${communityName(c.communityId)}${c.name}`).map((c) => [
      communityName(c.communityId),
      c.name,
      c.gender,
      ledgerDay(c.birthDate),
      ageOn(c.birthDate, now),
      c.category,
      c.rank,
      yesNo(c.partyMember),
      yesNo(c.livesAlone),
      c.phone ?? '',
      c.address,
      c.grid ?? '',
      statusWord(c.status),
    ]),
    visits: byDay(visits, (v) => v.day).map((v) => [
      ledgerDay(v.day),
      communityName(v.communityId),
      v.cadreName,
      v.visitors,
      v.gifts,
      v.notes,
      ...(v.photos?.length ? [{ text: `照片 ${v.photos.length} 张`, hyperlink: urlOf.get(v.photos[0].fileId) ?? '' }] : ['']),
    ]),
    reports: byDay(tasks, (t) => new Date(t.createdAt).toISOString()).map((t) => [
      dayOf(t.createdAt),
      communityName(t.communityId),
      t.cadreName,
      t.kind,
      t.note,
      t.reporter?.name ?? '',
      ledgerDay(t.dueDay),
      t.status === 'done' && t.doneAt ? `已上门（${dayOf(t.doneAt)}）` : t.dueDay < today ? '过期未上门' : '待上门',
    ]),
    activities: byDay(activities, (a) => new Date(a.startAt).toISOString()).map((a) => {
      const signed = signupsOf.get(a._id) ?? []
      const came = signed.filter((s) => s.attended).length
      return [
        momentOf(a.startAt),
        communityName(a.communityId),
        a.status === 'cancelled' ? `${a.title}（已取消）` : a.title,
        a.category,
        a.room,
        a.capacity,
        signed.length,
        came,
        signed.length ? `${Math.round((came / signed.length) * 100)}%` : '',
      ]
    }),
    study: byDay(materials, (m) => new Date(m.publishedAt).toISOString()).map((m) => [
      dayOf(m.publishedAt),
      communityName(m.communityId),
      m.title,
      m.category,
      readsOf.get(m._id)?.length ?? 0,
    ]),
    services: byDay(bookings, (b) => new Date(b.createdAt).toISOString()).map((b) => [
      dayOf(b.createdAt),
      communityName(b.communityId),
      b.cadreName,
      b.serviceName,
      b.day ? `${ledgerDay(b.day)}${b.start !== undefined ? ` ${toClock(b.start)}` : ''}` : b.urgent ? '急修' : '',
      b.providerName ?? '',
      BOOKING_WORDS[b.status],
      yuan(b.priceFen),
      b.rating ? `${'★'.repeat(b.rating.stars)}${b.rating.words ? ` ${b.rating.words}` : ''}` : '',
    ]),
    card: byDay(entries, (e) => new Date(e.at).toISOString()).map((e) => [
      dayOf(e.at),
      communityName(e.communityId),
      cadreName(e.cadreId),
      ENTRY_WORDS[e.kind],
      yuan(e.amountFen),
      e.what,
      e.byName,
    ]),
    sos: byDay(calls, (e) => new Date(e.at).toISOString()).map((e) => [
      momentOf(e.at),
      communityName(e.communityId),
      e.cadreName,
      e.raisedByName,
      e.acknowledgedByName ?? '',
      e.acknowledgedAt ? `${Math.max(1, Math.round((new Date(e.acknowledgedAt).getTime() - new Date(e.at).getTime()) / 60_000))} 分钟` : '',
      e.outcome ?? (e.status === 'closed' ? '已处理完' : '处理中'),
    ]),
    pairing: byDay(logs, (l) => l.day).map((l) => {
      const pair = pairById.get(l.pairId)
      return [ledgerDay(l.day), communityName(pair?.communityId ?? ''), pair?.cadreName ?? '', pair?.volunteerName ?? '', l.kind, l.note]
    }),
  }
  return (Object.keys(SHEETS) as SheetKey[]).map((k) => ({ ...SHEETS[k], rows: rows[k] }))
}

// The care profile (四个必须知道): read as each viewer may see it, kept by staff and partly by family.
// Health data is stored only with the cadre's separate consent, and every read of it by staff or the
// doctor is written to the access log before the answer leaves.
import { AppError, type CareProfileView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { CadreDoc } from '../people/docs'
import type { CareProfileDoc } from './docs'
import type { ProviderDoc } from '../services/docs'
import { _, db } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { findAll, findById, newId, readInTx } from '../../db/access'
import { careReaderFor, mayCallContacts, readIsLogged, seesFullIdNumber, seesHealth, sensitiveFieldsShown, type CareReader } from './rules'
import { maskIdNumber, maskPhone } from '../../core/mask.rules'
import { ageOn, shanghaiDay } from '../../core/time.rules'
import type { ActionContext } from '../../core/context'
import { audit } from '../../core/audit'
import { aboutCadre } from '../../core/scope'

const READER_WORDS: Record<CareReader, string> = {
  self: '本人',
  staff: '社区工作人员',
  doctor: '责任医生',
  familyHealth: '家属',
  family: '家属',
  admin: '老干部局',
}

/** The cadre, family and staff fill in the everyday parts; keepers, doctor and health are staff's. */
const mayEdit = (r: CareReader) => r === 'self' || r === 'staff' || r === 'family' || r === 'familyHealth'

const NO_KEEPERS = { originalUnit: '', bureau: '', family: '', community: '' }

interface CareFacts {
  cadre: CadreDoc
  profile: CareProfileDoc | null
  reader: CareReader
}

/** The cadre the router found, their profile, and what the caller may see of it. */
async function careFacts(ctx: ActionContext): Promise<CareFacts> {
  const { doc: cadre, as } = aboutCadre(ctx)
  if (cadre.erasedAt) throw new AppError('NOT_FOUND', '没有找到这位老人')
  const profile = await findById<CareProfileDoc>(C.careProfiles, cadre._id)
  return { cadre, profile, reader: careReaderFor(as, ctx.link) }
}

/** Appends one read of sensitive fields to the access log; the read fails if the log cannot be written. */
export async function logSensitiveRead(
  ctx: ActionContext,
  cadre: Pick<CadreDoc, '_id' | 'name' | 'communityId'>,
  fields: string[],
  via: string,
  actorRole: string,
) {
  await db.collection(C.accessLog).add({
    data: {
      _id: newId(),
      actor: ctx.openid,
      actorName: ctx.user?.name ?? '',
      actorRole,
      cadreId: cadre._id,
      cadreName: cadre.name,
      communityId: cadre.communityId,
      fields,
      via,
      at: ctx.now,
    },
  })
}

function healthNote(profile: CareProfileDoc | null, reader: CareReader): string {
  if (!seesHealth(reader)) return '健康信息只有社区工作人员、责任医生和获授权的家属可以看'
  if (!profile?.consent) return '老人本人还没有同意登记健康信息'
  return profile.health ? '' : '还没有登记健康信息'
}

async function careView(
  { cadre, profile, reader }: CareFacts,
  ctx: ActionContext,
  via: string,
  withHealth = true,
): Promise<CareProfileView> {
  const calls = mayCallContacts(reader)
  const health = withHealth && seesHealth(reader) && profile?.health ? profile.health : null
  const doctors =
    reader === 'staff' ? await findAll<ProviderDoc>(C.providers, { communityId: cadre.communityId, services: 'doctor', active: true }) : []
  if (health && readIsLogged(reader)) await logSensitiveRead(ctx, cadre, sensitiveFieldsShown(health), via, READER_WORDS[reader])
  const consent = profile?.consent
  return {
    cadreId: cadre._id,
    cadreName: cadre.name,
    age: ageOn(cadre.birthDate, ctx.now),
    address: cadre.address,
    phone: calls ? (cadre.phone ?? '') : maskPhone(cadre.phone),
    household: profile?.household ?? (cadre.livesAlone ? '独居' : ''),
    hobbies: profile?.hobbies ?? '',
    habits: profile?.habits ?? '',
    contacts: (profile?.contacts ?? []).map((c) => ({ ...c, phone: calls ? c.phone : maskPhone(c.phone), callable: calls })),
    guarantors: profile?.guarantors ?? NO_KEEPERS,
    doctor: profile?.doctor ?? null,
    consent: consent
      ? { given: true, words: `${shanghaiDay(new Date(consent.at))} ${consent.method}（${consent.recordedByName}记录）` }
      : { given: false, words: '尚未同意登记健康信息' },
    health: health
      ? {
          selfCare: health.selfCare,
          conditions: health.conditions,
          diet: health.diet,
          diabetic: health.diabetic,
          idNumber: seesFullIdNumber(reader) ? (health.idNumber ?? '') : maskIdNumber(health.idNumber),
        }
      : null,
    healthNote: healthNote(profile, reader),
    can: {
      edit: mayEdit(reader),
      editKeepers: reader === 'staff',
      editHealth: reader === 'staff' && !!consent,
      consent: reader === 'self' || reader === 'staff',
      admin: reader === 'admin',
    },
    doctors: doctors.map((d) => ({ id: d._id, name: d.name })),
  }
}

export async function getCare(ctx: ActionContext, input: ParsedInput<'care.get'>): Promise<CareProfileView> {
  return careView(await careFacts(ctx), ctx, '查看照护档案', input.withHealth ?? true)
}

/** The profile as stored, or a blank one for a cadre nobody has filled in yet. */
function blankProfile(cadre: CadreDoc, ctx: ActionContext): CareProfileDoc {
  return {
    _id: cadre._id,
    communityId: cadre.communityId,
    household: cadre.livesAlone ? '独居' : '',
    hobbies: '',
    habits: '',
    contacts: [],
    guarantors: NO_KEEPERS,
    updatedAt: ctx.now,
    updatedBy: ctx.openid,
  }
}

/** Writes the whole profile with `change` applied, and the audit line, in one transaction. */
async function writeProfile(
  ctx: ActionContext,
  facts: CareFacts,
  action: string,
  change: (p: CareProfileDoc) => CareProfileDoc,
  detail?: Record<string, unknown>,
  withHealth = true,
): Promise<CareProfileView> {
  const { cadre } = facts
  const written = await runTransaction(async (tx) => {
    const current = (await readInTx<CareProfileDoc>(tx, C.careProfiles, cadre._id)) ?? blankProfile(cadre, ctx)
    const next = { ...change(current), updatedAt: ctx.now, updatedBy: ctx.openid }
    const { _id, ...data } = next
    await tx.collection(C.careProfiles).doc(_id).set({ data })
    // The cadre's record names the doctor too: the router admits the doctor to the profile by it.
    if (next.doctor?.id !== current.doctor?.id)
      await tx
        .collection(C.cadres)
        .doc(cadre._id)
        .update({ data: { doctorId: next.doctor ? next.doctor.id : _.remove() } })
    await audit(tx, ctx, action, cadre._id, detail)
    return next
  })
  return careView({ ...facts, profile: written }, ctx, '保存后查看照护档案', withHealth)
}

export async function saveCare(ctx: ActionContext, input: ParsedInput<'care.save'>): Promise<CareProfileView> {
  const facts = await careFacts(ctx)
  if (facts.reader !== 'staff' && (input.guarantors !== undefined || input.doctorId !== undefined)) {
    throw new AppError('FORBIDDEN', '包保责任人和责任医生由社区工作人员填写')
  }
  const doctor = typeof input.doctorId === 'string' ? await doctorOf(facts.cadre, input.doctorId) : input.doctorId
  return writeProfile(
    ctx,
    facts,
    'care.save',
    (p) => {
      const next: CareProfileDoc = {
        ...p,
        household: input.household,
        hobbies: input.hobbies,
        habits: input.habits,
        contacts: input.contacts,
        guarantors: input.guarantors ?? p.guarantors,
      }
      if (doctor) next.doctor = doctor
      if (doctor === null) delete next.doctor
      return next
    },
    undefined,
    false,
  )
}

/** The responsible doctor must be a 上门巡诊 provider of the cadre's own community. */
async function doctorOf(cadre: CadreDoc, doctorId: string) {
  const doctor = await findById<ProviderDoc>(C.providers, doctorId)
  if (!doctor || doctor.communityId !== cadre.communityId || !doctor.services.includes('doctor')) {
    throw new AppError('BAD_INPUT', '请从列表里选择本社区的责任医生')
  }
  return { id: doctor._id, name: doctor.name }
}

export async function saveHealth(ctx: ActionContext, input: ParsedInput<'care.saveHealth'>): Promise<CareProfileView> {
  const facts = await careFacts(ctx)
  const { cadreId: _cadre, ...health } = input
  const fields = sensitiveFieldsShown(health)
  return writeProfile(
    ctx,
    facts,
    'care.saveHealth',
    (p) => {
      // Checked inside the transaction: a consent withdrawn a moment ago wins over this write.
      if (!p.consent) throw new AppError('CONSENT_REQUIRED')
      return { ...p, health }
    },
    { fields },
  )
}

const IN_APP = '本人在小程序确认'

/** Consent is the cadre's own: in the app by the cadre, or on paper recorded by staff. Withdrawal deletes health data. */
export async function recordConsent(ctx: ActionContext, input: ParsedInput<'care.consent'>): Promise<CareProfileView> {
  const facts = await careFacts(ctx)
  if (input.given && (facts.reader === 'self') !== (input.method === IN_APP)) {
    throw new AppError('BAD_INPUT', facts.reader === 'self' ? '请选择“本人在小程序确认”' : '社区请记录书面签字的同意')
  }
  return writeProfile(
    ctx,
    facts,
    input.given ? 'care.consent' : 'care.withdrawConsent',
    (p) => {
      if (!input.given) {
        const { consent: _c, health: _h, ...rest } = p
        return rest
      }
      return { ...p, consent: { at: ctx.now, method: input.method, recordedBy: ctx.openid, recordedByName: ctx.user?.name ?? '' } }
    },
    { method: input.method },
  )
}

// The care profile through the real api function: each kind of viewer sees exactly what they may (health and ID
// masked or hidden elsewhere), every staff or doctor read of health lands in the access log, health is stored
// only with consent and deleted when it is withdrawn, and the bureau can export and erase a person.
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, DEMO } from '../../../support/callers'
import {
  CARE_INPUT,
  DOCTOR,
  HEALTH_INPUT,
  bindFamily,
  firstOpenTime,
  newActivity,
  dayAhead,
  registerCadre,
  requestId,
  uploadPhoto,
} from '../../../support/arrange'
import { everyDocument } from '../../../support/snapshot'
import type { AccessLogEntryView } from '../../../../cloudfunctions/lib/contracts'
import { sdkFor, type LocalCloud } from '../../../support/localcloud'

const ctx = useCloud()
let cloud: LocalCloud
beforeAll(() => {
  cloud = ctx.cloud
})
startEachTestFromHere(ctx)

const {
  cadreSelf: CADRE,
  familyPermitted: DAUGHTER,
  familyLacking: GRANDSON,
  staffSame: STAFF,
  staffOther: OTHER_STAFF,
  admin: ADMIN,
} = CALLERS
const BARBER = DEMO.barber
const about = { cadreId: 'cadre-01' }

const logFor = async (cadreId: string): Promise<AccessLogEntryView[]> => (await cloud.ok(ADMIN, 'care.accessLog', { cadreId })).entries

it('shows health and ID to each viewer as their role allows, and logs every read by staff or the doctor', async () => {
  const before = (await logFor('cadre-01')).length

  const staff = await cloud.ok(STAFF, 'care.get', about)
  expect(staff.health).toMatchObject({ selfCare: '半自理', conditions: ['高血压', '冠心病'], idNumber: '330203193103151232' })
  expect(staff.contacts[0]).toMatchObject({ name: '王丽', phone: '13957412345', callable: true })
  expect(staff.can).toMatchObject({ edit: true, editKeepers: true, editHealth: true, consent: true })
  expect(staff.doctors).toEqual([{ id: DOCTOR, name: '吴医生' }])

  const doctor = await cloud.ok(DOCTOR, 'care.get', about)
  expect(doctor.health?.idNumber).toBe('330203********1232')
  expect(doctor.can.edit).toBe(false)

  const daughter = await cloud.ok(DAUGHTER, 'care.get', about)
  expect(daughter.health?.conditions).toEqual(['高血压', '冠心病'])
  expect(daughter.health?.idNumber).toBe('330203********1232')

  // 王小军's link does not grant health: he sees the everyday parts and the numbers to call, not health.
  const grandson = await cloud.ok(GRANDSON, 'care.get', about)
  expect(grandson.health).toBeNull()
  expect(grandson.healthNote).toMatch(/获授权的家属/)
  expect(grandson.contacts[0].phone).toBe('13957412345')

  // The bureau oversees: no health, phones masked.
  const bureau = await cloud.ok(ADMIN, 'care.get', about)
  expect(bureau.health).toBeNull()
  expect(bureau.phone).toBe('138****1234')
  expect(bureau.contacts.map((c) => c.phone)).toEqual(['139****2345', '057****1234', '136****2001', '136****1004'])
  expect(bureau.can.admin).toBe(true)

  const self = await cloud.ok(CADRE, 'care.get', about)
  expect(self.health?.idNumber).toBe('330203193103151232')

  await ctx.refused(OTHER_STAFF, 'care.get', about, 'FORBIDDEN')
  await ctx.refused(BARBER, 'care.get', about, 'FORBIDDEN')

  // Exactly the staff and doctor reads were logged, newest first, with the fields they saw.
  const log = await logFor('cadre-01')
  expect(log.length - before).toBe(2)
  expect(log.slice(0, 2).map((e) => [e.actorName, e.actorRole, e.via])).toEqual([
    ['吴医生', '责任医生', '查看照护档案'],
    ['陈静', '社区工作人员', '查看照护档案'],
  ])
  expect(log[1].fields).toEqual(['自理能力', '慢性病', '饮食禁忌', '身份证号'])
})

it('stores health only with the cadre’s consent, and deletes it when the consent is withdrawn', async () => {
  const fresh = await cloud.ok(STAFF, 'cadre.register', {
    name: '测试老人',
    gender: '男',
    birthDate: '1938-05-01',
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    address: '桃园街 1 号 1 幢 101 室',
    livesAlone: true,
    partyMember: false,
  })
  const health = { ...HEALTH_INPUT, cadreId: fresh.id }
  await ctx.refused(STAFF, 'care.saveHealth', health, 'CONSENT_REQUIRED')
  // Staff record consent on paper only; the in-app method is the cadre's own.
  await ctx.refused(STAFF, 'care.consent', { cadreId: fresh.id, given: true, method: '本人在小程序确认' }, 'BAD_INPUT')
  const consented = await cloud.ok(STAFF, 'care.consent', { cadreId: fresh.id, given: true, method: '本人书面签字' })
  expect(consented.consent.words).toMatch(/本人书面签字（陈静记录）$/)
  expect(consented.household).toBe('独居')
  await ctx.refused(STAFF, 'care.saveHealth', { ...health, idNumber: '330203193103151233' }, 'BAD_INPUT')
  expect((await cloud.ok(STAFF, 'care.saveHealth', health)).health?.selfCare).toBe('半自理')

  const withdrawn = await cloud.ok(STAFF, 'care.consent', { cadreId: fresh.id, given: false, method: '本人书面签字' })
  expect(withdrawn.health).toBeNull()
  expect(withdrawn.consent.given).toBe(false)
  const stored = (await ctx.db.collection('careProfiles').doc(fresh.id).get()).data
  expect(stored.health).toBeUndefined()
  expect(stored.consent).toBeUndefined()
})

it('lets family fill in the everyday parts but leaves the keepers and the doctor to staff', async () => {
  const saved = await cloud.ok(DAUGHTER, 'care.save', CARE_INPUT)
  expect(saved.hobbies).toBe('书法、象棋')
  // What family did not send stays as staff set it.
  expect(saved.doctor?.name).toBe('吴医生')
  expect(saved.guarantors.originalUnit).toBe('市交通局离退休处 何主任')
  await ctx.refused(DAUGHTER, 'care.save', { ...CARE_INPUT, doctorId: null }, 'FORBIDDEN')
  await ctx.refused(STAFF, 'care.save', { ...CARE_INPUT, doctorId: BARBER }, 'BAD_INPUT')
  await ctx.refused(STAFF, 'care.save', { ...CARE_INPUT, contacts: [{ kind: '家属', name: '王丽', phone: '12345' }] }, 'BAD_INPUT')
  // A cadre may keep their own profile too.
  expect((await cloud.ok(CADRE, 'care.save', { ...CARE_INPUT, habits: '早上打太极' })).habits).toBe('早上打太极')
  await ctx.refused(GRANDSON, 'care.saveHealth', HEALTH_INPUT, 'FORBIDDEN')
})

it('shows the responder the health summary and contacts while a call for help is open, and logs that read', async () => {
  const before = (await logFor('cadre-02')).length
  const raised = await cloud.ok(DEMO.cadreLi, 'sos.raise', { cadreId: 'cadre-02' })
  const item = (await cloud.ok(STAFF, 'sos.console', {})).events.find((e) => e.id === raised.id)!
  expect(item.health).toBe('自理；糖尿病；糖尿病饮食，控糖，祝寿用寿桃不用蛋糕')
  expect(item.contacts.map((c) => c.name)).toEqual(['李明', '黄伟'])
  const log = await logFor('cadre-02')
  expect(log.length - before).toBe(1)
  expect(log[0]).toMatchObject({ actorName: '陈静', via: '一键通值班台', fields: ['自理能力', '慢性病', '饮食禁忌'] })
  await cloud.ok(STAFF, 'sos.close', { eventId: raised.id, outcome: '误按，老人平安' })
  const closed = (await cloud.ok(STAFF, 'sos.console', {})).events.find((e) => e.id === raised.id)!
  expect(closed.health).toBe('')
})

it('exports everything held about a person, and erases it on request wherever it was copied', async () => {
  const exported = await cloud.ok(ADMIN, 'care.export', { cadreId: 'cadre-03' })
  expect(exported.fileName).toMatch(/^个人信息-张德福-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(exported.content)
  expect(data.基本信息[0].name).toBe('张德福')
  expect(data.照护档案[0].hobbies).toBe('养花')
  expect(data.家属绑定.map((l: { familyName: string }) => l.familyName)).toContain('张晓梅')

  // Open bookings must be settled first (the demo's urgent repair for 张德福 is open): nothing is touched.
  const { bookings } = await cloud.ok(STAFF, 'booking.list', { cadreId: 'cadre-03' })
  const open = bookings.filter((b) => b.can.cancel || b.can.checkOut)
  expect(open.length).toBeGreaterThan(0)
  await ctx.refused(ADMIN, 'care.erase', { cadreId: 'cadre-03', reason: '本人书面申请删除' }, 'ERASE_BLOCKED')
  for (const b of open) {
    if (b.can.cancel) await cloud.ok(STAFF, 'booking.cancel', { bookingId: b.id })
    else await cloud.ok(STAFF, 'booking.checkOut', { bookingId: b.id })
  }

  const ward = await uploadPhoto(cloud, STAFF, { cadreId: 'cadre-03', purpose: 'reportPhoto' })
  const reported = await cloud.ok(STAFF, 'visit.report', {
    cadreId: 'cadre-03',
    kind: '住院',
    note: '住进区人民医院',
    photos: [ward.ticket],
    requestId: requestId(),
  })
  const visitPhoto = await uploadPhoto(cloud, STAFF, { cadreId: 'cadre-03' })
  await cloud.ok(STAFF, 'visit.record', {
    cadreId: 'cadre-03',
    day: dayAhead(0),
    visitors: '陈静',
    gifts: '',
    notes: '',
    photos: [visitPhoto.ticket],
  })

  expect(await cloud.ok(ADMIN, 'care.erase', { cadreId: 'cadre-03', reason: '本人书面申请删除' })).toEqual({
    cadreId: 'cadre-03',
    erased: true,
  })
  const db = ctx.db
  const cadre = (await db.collection('cadres').doc('cadre-03').get()).data
  expect(cadre).toMatchObject({ name: '已删除老人', address: '' })
  expect(cadre.phone).toBeUndefined()
  expect((await db.collection('careProfiles').where({ _id: 'cadre-03' }).get()).data).toEqual([])
  const links = (await db.collection('familyLinks').where({ cadreId: 'cadre-03' }).get()).data
  expect(links.map((l) => [l.cadreName, l.status])).toEqual(links.map(() => ['已删除老人', 'ended']))
  const copies = (await db.collection('bookings').where({ cadreId: 'cadre-03' }).get()).data
  expect(copies.every((b) => b.cadreName === '已删除老人' && b.address === '')).toBe(true)
  const task = (await db.collection('tasks').doc(reported.id).get()).data
  expect(task).toMatchObject({ cadreName: '已删除老人', address: '', status: 'done' })
  // Her photos are gone from storage and from the records that held them.
  expect(task.photos).toBeUndefined()
  const stored = await sdkFor(cloud).getTempFileURL({ fileList: [ward.fileId, visitPhoto.fileId] })
  expect(stored.fileList.map((f) => f.status)).toEqual([-503003, -503003])
  expect((await cloud.ok(STAFF, 'task.list', {})).tasks.map((t) => t.id)).not.toContain(reported.id)
  // Gone from the roster and from every page; asking again finishes nothing new and fails nothing.
  expect((await cloud.ok(STAFF, 'cadre.list', { keyword: '张德福' })).total).toBe(0)
  // Her granddaughter's link ended with the erasure; staff find no profile.
  await ctx.refused(DEMO.familyZhang, 'care.get', { cadreId: 'cadre-03' }, 'FORBIDDEN')
  await ctx.refused(STAFF, 'care.get', { cadreId: 'cadre-03' }, 'NOT_FOUND')
  expect((await cloud.ok(ADMIN, 'care.erase', { cadreId: 'cadre-03', reason: '本人书面申请删除' })).erased).toBe(true)
  const audit = (await db.collection('auditLog').where({ target: 'cadre-03', action: 'care.erase' }).get()).data
  expect(audit[0]).toMatchObject({ actor: ADMIN, detail: { reason: '本人书面申请删除' } })
})

it('leaves the name and phone of an erased person in no collection at all, however they were copied', async () => {
  const name = '欧阳秀峰'
  const phone = '13912340987'
  const cadre = await registerCadre(cloud, name, '1944-05-06', { phone })
  const self = 'erase-me-openid'
  const { code } = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })
  await cloud.ok(self, 'me.claimCadre', { code })
  const son = await bindFamily(cloud, cadre.id, '欧阳明')
  await cloud.ok(STAFF, 'card.record', { cadreId: cadre.id, kind: 'topup', amountFen: 5000, receiptNo: 'ERASE-1' })
  // The person acts for themselves, so their name is written as the one who acted: a booking and its steps, a
  // card hold, a sign-up, a call for help and its steps, a report and its task, messages to family and staff.
  const slot = await firstOpenTime(cloud, 'meals', cadre.id)
  const meal = await cloud.ok(self, 'booking.create', { cadreId: cadre.id, serviceKey: 'meals', ...slot })
  await cloud.ok(self, 'booking.cancel', { bookingId: meal.id })
  const activity = await cloud.ok(STAFF, 'activity.save', newActivity(5))
  await cloud.ok(self, 'activity.signUp', { activityId: activity.id, cadreId: cadre.id })
  const call = await cloud.ok(self, 'sos.raise', { cadreId: cadre.id })
  await cloud.ok(STAFF, 'sos.close', { eventId: call.id, outcome: `${name}只是按错了` })
  await cloud.ok(son, 'visit.report', { cadreId: cadre.id, kind: '住院', note: `${name}住院了，电话 ${phone}`, requestId: requestId() })
  const everything = () => everyDocument(ctx.db)
  expect(await everything()).toContain(name)
  expect(await everything()).toContain(phone)

  await cloud.ok(ADMIN, 'care.erase', { cadreId: cadre.id, reason: '本人书面申请删除' })
  const after = await everything()
  expect(after).not.toContain(name)
  expect(after).not.toContain(phone)
  // The money records stay, under the cadre's number.
  expect((await ctx.db.collection('ledgerEntries').where({ cadreId: cadre.id }).get()).data.length).toBeGreaterThan(0)
})

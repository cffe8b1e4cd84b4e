// A valid input for each services action, made fresh for each call (the gates call every action as every caller).
import type { servicesContracts } from '../../../../cloudfunctions/lib/features/services/contract'
import { TARGET_CADRE, DEMO } from '../../../support/callers'
import { type Fixture, dayAhead, firstOpenTime, assignedBooking, urgentRepair, stepped } from '../../../support/arrange'

export const servicesFixtures: { [A in keyof typeof servicesContracts]: Fixture<A> } = {
  'service.catalog': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'service.slots': async () => ({ input: { cadreId: TARGET_CADRE, serviceKey: 'haircut', date: dayAhead(2) } }),
  'service.days': async () => ({ input: { cadreId: TARGET_CADRE, serviceKey: 'haircut' } }),
  'booking.create': async (cloud) => {
    await assignedBooking(cloud)
    return { input: { cadreId: TARGET_CADRE, serviceKey: 'haircut', ...(await firstOpenTime(cloud, 'haircut')) } }
  },
  'booking.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'booking.get': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id } }),
  'booking.cancel': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id, reason: '临时有事' } }),
  'booking.reschedule': async (cloud) => {
    const b = await assignedBooking(cloud)
    const later = await firstOpenTime(cloud, 'meals')
    return { input: { bookingId: b.id, ...later } }
  },
  'booking.rate': async (cloud) => ({
    input: { bookingId: (await stepped(cloud, 'booking.checkIn', 'booking.checkOut')).id, stars: 5, words: '很细心' },
  }),
  'booking.checkIn': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id } }),
  'booking.checkOut': async (cloud) => ({ input: { bookingId: (await stepped(cloud, 'booking.checkIn')).id, note: '饭菜已送到' } }),
  'booking.noShow': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id, note: '敲门无人应答' } }),
  'booking.assign': async (cloud) => ({ input: { bookingId: (await urgentRepair(cloud)).id, providerId: DEMO.repairer } }),
  'booking.reject': async (cloud) => ({ input: { bookingId: (await urgentRepair(cloud)).id, reason: '维修师傅都在外面' } }),
  'dispatch.board': async () => ({ input: {} }),
  'provider.tasks': async () => ({ input: {} }),
  'serviceDesk.get': async () => ({ input: {} }),
  'serviceType.update': async () => ({
    input: { serviceKey: 'legal', priceFen: 0, durationMin: 60, minNoticeHours: 48, cutoffHours: 12, active: true },
  }),
  'provider.save': async () => ({
    input: {
      providerId: DEMO.providerElsewhere,
      name: '张建军',
      kind: '志愿者',
      phone: '13600001006',
      services: ['escort', 'papers'],
      grid: '桃园一网格',
      availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '11:00' })),
      daysOff: [],
      bufferMin: 20,
      active: true,
    },
  }),
}

// The budgets of ARCHITECTURE.md, in one place for the bench (which prints them) and the tests that
// hold the deterministic ones (sizes).
export const KB = 1024

export const BUDGETS = {
  weappMainBytes: 600 * KB,
  weappSubpackageBytes: 500 * KB,
  functionBundleBytes: 300 * KB,
  homeCalls: 1,
  signupRush: 'confirmed 30，waitlisted 170，0 错误',
  /**
   * Database round trips per action, the worst over every caller allowed to make it. ARCHITECTURE.md fixes
   * book ≤ 6, cancel ≤ 5, sign up ≤ 4 and card balance ≤ 2 for those actions when they arrive; every other
   * action's budget is what it needs today, so that a change that adds requests is a visible decision.
   * Booking is over ARCHITECTURE.md's 6 (cancel over 5, card balance for family over 2) for reasons written in
   * the README (§ 架构上的说明): a CloudBase transaction costs a start and a commit, no-double-booking needs the
   * provider's day read and written inside it, and the card hold is an account read, an account write and an
   * entry in the same transaction; the reads before it run in parallel, so the wait is about half the count.
   * Sign-up is 4 for a cadre signing up themselves (the caller's record, the activity, the seat, the sign-up);
   * family need their link read and staff the cadre's record, so 6 and 5 — still four waits, the reads in parallel.
   */
  roundTrips: {
    'home.get': 5,
    'me.get': 6,
    'me.update': 4,
    'me.claimCadre': 9,
    'binding.request': 10,
    'binding.decide': 8,
    'binding.setPermissions': 6,
    'binding.end': 6,
    'cadre.register': 5,
    'cadre.list': 3,
    'cadre.get': 4,
    'bindingCode.issue': 6,
    'service.catalog': 5,
    'service.slots': 6,
    'booking.create': 15,
    'booking.list': 6,
    'booking.get': 4,
    'booking.cancel': 11,
    'booking.reschedule': 15,
    'booking.rate': 6,
    'booking.checkIn': 5,
    'booking.checkOut': 8,
    'booking.noShow': 8,
    'booking.assign': 9,
    'booking.reject': 5,
    'dispatch.board': 4,
    'provider.tasks': 2,
    'message.list': 2,
    'card.get': 3,
    'card.entries': 4,
    'card.list': 3,
    'card.record': 8,
    'card.adjust': 10,
    'card.adjustments': 2,
    'card.decide': 9,
    'card.statement': 4,
    'cardPolicy.get': 3,
    'cardPolicy.save': 8,
    'activity.list': 5,
    'activity.get': 5,
    'activity.signUp': 6,
    'activity.withdraw': 9,
    'activity.manage': 2,
    'activity.save': 2,
    'activity.cancel': 4,
    'activity.roster': 3,
    'activity.attend': 5,
    'material.list': 5,
    'material.get': 5,
    'material.markRead': 5,
    'material.manage': 5,
    'material.save': 2,
    'contribution.submit': 4,
    'contribution.board': 5,
    'contribution.review': 2,
    'contribution.decide': 5,
    'sos.raise': 13,
    'sos.status': 5,
    'sos.console': 5,
    'sos.acknowledge': 13,
    'sos.note': 6,
    'sos.close': 6,
    'serviceDesk.get': 3,
    'serviceType.update': 6,
    'provider.save': 6,
  } as Record<string, number>,
}

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
   * The router reads what an action is about (and a family caller's links) beside the caller's record, so actions
   * with a subject count one or two reads more than before the access declaration, with no more waits. Codes count
   * the reserved try and its return; erasure reads every document about the person to scrub copies of the name.
   * A list read a page at a time counts its page and, beside it in parallel, the count that gives its total (one or
   * two more requests, no more waits): staff must see how many there are, never a list silently cut at 100.
   * The staff home counts what waits (open calls, overdue visits, waiting and urgent requests) beside its other
   * reads, and the dispatch board reads the urgent repairs sent but not yet reached: more requests, the same waits.
   */
  roundTrips: {
    'home.get': 11,
    'me.get': 6,
    'me.update': 4,
    'me.claimCadre': 12,
    'binding.request': 13,
    'binding.decide': 9,
    'binding.setPermissions': 7,
    'binding.end': 7,
    'cadre.register': 5,
    'cadre.list': 3,
    'cadre.get': 6,
    'bindingCode.issue': 6,
    'service.catalog': 5,
    'service.slots': 6,
    'booking.create': 15,
    'booking.list': 6,
    'booking.get': 4,
    'booking.cancel': 12,
    'booking.reschedule': 15,
    'booking.rate': 7,
    'booking.checkIn': 6,
    'booking.checkOut': 9,
    'booking.noShow': 9,
    'booking.assign': 10,
    'booking.reject': 6,
    'dispatch.board': 6,
    'provider.tasks': 2,
    'message.list': 3,
    'message.read': 3,
    'reminderPolicy.get': 3,
    'reminderPolicy.save': 6,
    'push.status': 3,
    'push.consent': 5,
    'card.get': 4,
    'card.entries': 6,
    'card.list': 3,
    'card.record': 9,
    'card.adjust': 10,
    'card.adjustments': 4,
    'card.decide': 9,
    'card.statement': 4,
    'cardPolicy.get': 3,
    'cardPolicy.save': 8,
    'activity.list': 6,
    'activity.get': 5,
    'activity.signUp': 6,
    'activity.withdraw': 9,
    'activity.manage': 3,
    'activity.save': 2,
    'activity.cancel': 4,
    'activity.roster': 5,
    'activity.attend': 7,
    'material.list': 6,
    'material.get': 6,
    'material.markRead': 5,
    'material.manage': 6,
    'material.save': 2,
    'contribution.submit': 4,
    'contribution.board': 6,
    'contribution.review': 3,
    'contribution.decide': 5,
    'sos.raise': 16,
    'sos.status': 5,
    'sos.console': 9,
    'sos.acknowledge': 13,
    'sos.note': 6,
    'sos.close': 6,
    'sos.falseAlarm': 14,
    'care.get': 6,
    'care.save': 11,
    'care.saveHealth': 11,
    'care.consent': 11,
    'care.accessLog': 3,
    'care.export': 22,
    'care.erase': 40,
    'visit.report': 12,
    'task.list': 6,
    'visit.record': 8,
    'visit.list': 4,
    'pairing.list': 3,
    'pairing.save': 8,
    'pairing.mine': 2,
    'pairing.log': 7,
    'serviceDesk.get': 3,
    'serviceType.update': 6,
    'provider.save': 6,
  } as Record<string, number>,
}

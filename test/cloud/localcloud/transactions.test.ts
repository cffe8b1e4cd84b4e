// Transactions as CloudBase documents them: snapshot reads, single-document operations by _id, and a write
// conflict that fails the later transaction (at its commit) so runTransaction runs its callback again.
import { useFileCloud } from '../../support/gates'

const ctx = useFileCloud({ seed: false })

async function value(id: string) {
  return (await ctx.db.collection('accounts').where({ _id: id }).get()).data[0]?.balance
}

it('commits all writes together and a rollback leaves nothing', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'a', balance: 100 } })
  await ctx.db.collection('accounts').add({ data: { _id: 'b', balance: 0 } })
  await ctx.db.runTransaction(async (tx) => {
    await tx
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: ctx.db.command.inc(-30) } })
    await tx
      .collection('accounts')
      .doc('b')
      .update({ data: { balance: ctx.db.command.inc(30) } })
  })
  expect([await value('a'), await value('b')]).toEqual([70, 30])

  await expect(
    ctx.db.runTransaction(async (tx) => {
      await tx
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: ctx.db.command.inc(-70) } })
      throw new Error('changed my mind')
    }),
  ).rejects.toThrow('changed my mind')
  expect(await value('a')).toBe(70)
})

it('reads its own writes and otherwise the snapshot from its start', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 's', balance: 1 } })
  const tx = await ctx.db.startTransaction()
  expect((await tx.collection('accounts').doc('s').get()).data?.balance).toBe(1)
  await ctx.db
    .collection('accounts')
    .doc('s')
    .update({ data: { balance: 2 } })
  expect((await tx.collection('accounts').doc('s').get()).data?.balance).toBe(1)
  await tx.rollback()
  expect(await value('s')).toBe(2)

  const own = await ctx.db.startTransaction()
  await own
    .collection('accounts')
    .doc('s')
    .update({ data: { balance: 5 } })
  expect((await own.collection('accounts').doc('s').get()).data?.balance).toBe(5)
  expect(await value('s')).toBe(2)
  await own.commit()
  expect(await value('s')).toBe(5)
})

it('fails the later of two transactions writing the same document, at its commit', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'c', balance: 10 } })
  const first = await ctx.db.startTransaction()
  const second = await ctx.db.startTransaction()
  await first
    .collection('accounts')
    .doc('c')
    .update({ data: { balance: ctx.db.command.inc(1) } })
  await second
    .collection('accounts')
    .doc('c')
    .update({ data: { balance: ctx.db.command.inc(1) } })
  await first.commit()
  await expect(second.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect(await value('c')).toBe(11)
})

it('retries the callback after a conflict, so concurrent increments are all kept', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'd', balance: 0 } })
  let attempts = 0
  await ctx.db.runTransaction(async (tx) => {
    attempts += 1
    const cur = (await tx.collection('accounts').doc('d').get()).data?.balance as number
    // Someone else writes between our read and our write, on the first attempt only.
    if (attempts === 1)
      await ctx.db
        .collection('accounts')
        .doc('d')
        .update({ data: { balance: ctx.db.command.inc(100) } })
    await tx
      .collection('accounts')
      .doc('d')
      .update({ data: { balance: cur + 1 } })
  })
  expect(attempts).toBe(2)
  expect(await value('d')).toBe(101)
})

it('keeps every one of many concurrent read-modify-write transactions', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'e', balance: 0 } })
  const bump = () =>
    ctx.db.runTransaction(async (tx) => {
      const cur = (await tx.collection('accounts').doc('e').get()).data?.balance as number
      await tx
        .collection('accounts')
        .doc('e')
        .update({ data: { balance: cur + 1 } })
    }, 20)
  const results = await Promise.allSettled(Array.from({ length: 8 }, bump))
  const done = results.filter((r) => r.status === 'fulfilled').length
  expect(await value('e')).toBe(done)
  expect(done).toBe(8)
})

it('checks unique indexes at commit, and the loser of a race for a unique key gets a duplicate error', async () => {
  const a = await ctx.db.startTransaction()
  const b = await ctx.db.startTransaction()
  await a.collection('familyLinks').add({ data: { _id: 'l1', familyOpenid: 'x', cadreId: 'y' } })
  await b.collection('familyLinks').add({ data: { _id: 'l2', familyOpenid: 'x', cadreId: 'y' } })
  await a.commit()
  await expect(b.commit()).rejects.toMatchObject({ message: expect.stringMatching(/duplicate key/) })
  expect((await ctx.db.collection('familyLinks').where({ familyOpenid: 'x' }).count()).total).toBe(1)
  await expect(ctx.db.collection('familyLinks').add({ data: { familyOpenid: 'x', cadreId: 'y' } })).rejects.toMatchObject({
    errMsg: expect.stringMatching(/duplicate key/),
  })
})

it('allows only operations on a single document by _id inside a transaction', async () => {
  const tx = await ctx.db.startTransaction()
  const error = await (tx.collection('accounts') as unknown as { where: (q: object) => { get: () => Promise<unknown> } })
    .where({ balance: 1 })
    .get()
    .catch((e: unknown) => e)
  await tx.rollback()
  expect(error).toBeTruthy()
})

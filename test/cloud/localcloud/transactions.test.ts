// Transactions as CloudBase behaves: snapshot reads, single-document operations by _id, and a write conflict raised
// at the write (another open transaction wrote the document, or it changed since this one began), which reaches a
// function through wx-server-sdk only as words; the product's runTransaction recognises them and runs again.
import { useFileCloud } from '../../support/gates'
import { isTransactionConflict } from '../../../cloudfunctions/lib/db/conflict'

const ctx = useFileCloud({ seed: false, collections: ['accounts', 'things'] })

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

it('fails at once the write of a document another open transaction has written', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'c', balance: 10 } })
  const first = await ctx.db.startTransaction()
  const second = await ctx.db.startTransaction()
  await first
    .collection('accounts')
    .doc('c')
    .update({ data: { balance: ctx.db.command.inc(1) } })
  const refused = await second
    .collection('accounts')
    .doc('c')
    .update({ data: { balance: ctx.db.command.inc(1) } })
    .catch((e: unknown) => e)
  expect(isTransactionConflict(refused)).toBe(true)
  await second.rollback()
  await first.commit()
  expect(await value('c')).toBe(11)
})

it('fails at once the write of a document that changed after the transaction began (read skew)', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'skew', balance: 1 } })
  const tx = await ctx.db.startTransaction()
  expect((await tx.collection('accounts').doc('skew').get()).data?.balance).toBe(1)
  await ctx.db
    .collection('accounts')
    .doc('skew')
    .update({ data: { balance: 2 } })
  const refused = await tx
    .collection('accounts')
    .doc('skew')
    .update({ data: { balance: 9 } })
    .catch((e: unknown) => e)
  expect(isTransactionConflict(refused)).toBe(true)
  expect(refused).toMatchObject({ errMsg: expect.stringMatching(/TransactionConflict/) })
  await tx.rollback()
  expect(await value('skew')).toBe(2)
})

it('answers TransactionNotExist for an operation after the commit', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'after', balance: 1 } })
  const tx = await ctx.db.startTransaction()
  await tx.collection('accounts').doc('after').get()
  await tx.commit()
  const late = await tx
    .collection('accounts')
    .doc('after')
    .update({ data: { balance: 5 } })
    .then((r: unknown) => r)
    .catch((e: unknown) => e)
  expect(JSON.stringify(late)).toMatch(/TransactionNotExist/)
  expect(await value('after')).toBe(1)
})

it('leaves retrying to the product: the SDK gives up on a conflict raised at the write, the product runs again', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'd', balance: 0 } })
  const withSomeoneElse = (attempts: { n: number }) => async (tx: Parameters<Parameters<typeof ctx.db.runTransaction>[0]>[0]) => {
    attempts.n += 1
    const cur = (await tx.collection('accounts').doc('d').get()).data?.balance as number
    // Someone else writes between our read and our write, on the first attempt only.
    if (attempts.n === 1)
      await ctx.db
        .collection('accounts')
        .doc('d')
        .update({ data: { balance: ctx.db.command.inc(100) } })
    await tx
      .collection('accounts')
      .doc('d')
      .update({ data: { balance: cur + 1 } })
  }
  const sdkOnly = { n: 0 }
  const gaveUp = await ctx.db.runTransaction(withSomeoneElse(sdkOnly), 3).catch((e: unknown) => e)
  expect(isTransactionConflict(gaveUp)).toBe(true)
  expect([sdkOnly.n, await value('d')]).toEqual([1, 100])

  const product = await productTransactions()
  const attempts = { n: 0 }
  await product.runTransaction(withSomeoneElse(attempts))
  expect(attempts.n).toBe(2)
  expect(await value('d')).toBe(201)
})

it('keeps every one of many concurrent read-modify-write transactions run the product’s way', async () => {
  await ctx.db.collection('accounts').add({ data: { _id: 'e', balance: 0 } })
  const product = await productTransactions()
  const bump = () =>
    product.runTransaction(async (tx) => {
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

it('refuses field names that start with $ and an update or remove that names no documents', async () => {
  await ctx.db.collection('things').add({ data: { _id: 't1', a: 1 } })
  await expect(ctx.db.collection('things').add({ data: { $where: 1 } })).rejects.toMatchObject({ errMsg: expect.stringMatching(/\$/) })
  await expect(ctx.db.collection('things').add({ data: { nested: { $gt: 1 } } })).rejects.toBeTruthy()
  const unscoped = ctx.db.collection('things') as unknown as { update: (o: object) => Promise<unknown>; remove: () => Promise<unknown> }
  await expect(unscoped.update({ data: { a: 2 } })).rejects.toMatchObject({ errMsg: expect.stringMatching(/query is required/) })
  await expect(unscoped.remove()).rejects.toMatchObject({ errMsg: expect.stringMatching(/query is required/) })
  expect((await ctx.db.collection('things').where({ _id: 't1' }).get()).data).toEqual([{ _id: 't1', a: 1 }])
  // Choosing every document on purpose still works.
  expect(
    (
      await ctx.db
        .collection('things')
        .where({})
        .update({ data: { a: 3 } })
    ).stats.updated,
  ).toBeGreaterThan(0)
})

/** The product's own transaction runner (cloudfunctions/lib/db/transaction.ts), pointed at this localcloud. */
async function productTransactions() {
  process.env.LOCALCLOUD_URL = `${ctx.cloud.url}/admin`
  return import('../../../cloudfunctions/lib/db/transaction')
}

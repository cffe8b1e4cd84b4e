// localcloud's own suite: the unchanged wx-server-sdk against the emulator — queries and updates with
// MongoDB semantics, serverDate, limits, unique indexes, error shape, faults, and durability under kill -9.
import { useFileCloud } from '../../support/gates'
import { hostNow } from '../../support/clock'

const ctx = useFileCloud({ seed: false, collections: ['people', 'many', 'things', 'batch', 'stamps', 'ids', 'faults', 'accounts'] })

const _ = () => ctx.db.command

describe('queries', () => {
  beforeAll(async () => {
    const people = [
      { name: '甲', age: 70, tags: ['书法'], city: '宁波' },
      { name: '乙', age: 80, tags: ['太极', '书法'], city: '宁波' },
      { name: '丙', age: 90, tags: [], city: '杭州' },
      { name: '丁', age: 101, tags: ['合唱'], city: '宁波', profile: { alone: true } },
    ]
    for (const p of people) await ctx.db.collection('people').add({ data: p })
  })

  it('filters with comparison, membership and logical operators', async () => {
    const cmd = _()
    const older = await ctx.db
      .collection('people')
      .where({ age: cmd.gte(80), city: '宁波' })
      .get()
    expect(older.data.map((d) => d.name).sort()).toEqual(['丁', '乙'])
    const either = await ctx.db
      .collection('people')
      .where(cmd.or([{ age: cmd.lt(75) }, { city: '杭州' }]))
      .get()
    expect(either.data.map((d) => d.name).sort()).toEqual(['丙', '甲'])
    const tagged = await ctx.db
      .collection('people')
      .where({ tags: cmd.in(['太极', '合唱']) })
      .get()
    expect(tagged.data.map((d) => d.name).sort()).toEqual(['丁', '乙'])
    const nested = await ctx.db.collection('people').where({ 'profile.alone': true }).get()
    expect(nested.data.map((d) => d.name)).toEqual(['丁'])
    const regex = await ctx.db
      .collection('people')
      .where({ city: ctx.db.RegExp({ regexp: '^宁', options: 'i' }) })
      .count()
    expect(regex.total).toBe(3)
  })

  it('orders, skips, limits and projects like the platform', async () => {
    const page = await ctx.db.collection('people').where({}).orderBy('age', 'desc').skip(1).limit(2).field({ name: true }).get()
    expect(page.data).toEqual([
      { _id: expect.any(String), name: '丙' },
      { _id: expect.any(String), name: '乙' },
    ])
  })

  it('answers 100 documents by default and at most 1000', async () => {
    const cmd = _()
    const batch = Array.from({ length: 1100 }, (_v, i) => i)
    for (let i = 0; i < batch.length; i += 100) {
      await Promise.all(batch.slice(i, i + 100).map((n) => ctx.db.collection('many').add({ data: { n } })))
    }
    expect(
      (
        await ctx.db
          .collection('many')
          .where({ n: cmd.gte(0) })
          .get()
      ).data,
    ).toHaveLength(100)
    expect(
      (
        await ctx.db
          .collection('many')
          .where({ n: cmd.gte(0) })
          .limit(5000)
          .get()
      ).data,
    ).toHaveLength(1000)
    expect((await ctx.db.collection('many').count()).total).toBe(1100)
  })
})

describe('writes', () => {
  it('applies update operators: inc, push, addToSet, remove, nested set', async () => {
    const cmd = _()
    const { _id } = await ctx.db.collection('things').add({ data: { n: 1, tags: ['a'], gone: 1, nested: { x: 1, y: 2 } } })
    await ctx.db
      .collection('things')
      .doc(String(_id))
      .update({ data: { n: cmd.inc(2), tags: cmd.push(['b']), gone: cmd.remove(), nested: { x: 5 } } })
    await ctx.db
      .collection('things')
      .doc(String(_id))
      .update({ data: { tags: cmd.addToSet('a') } })
    const { data } = await ctx.db.collection('things').where({ _id }).get()
    expect(data[0]).toEqual({ _id, n: 3, tags: ['a', 'b'], nested: { x: 5, y: 2 } })
  })

  it('updates and removes many by query, and reports the counts', async () => {
    for (const k of [1, 2, 3]) await ctx.db.collection('batch').add({ data: { k, done: false } })
    const updated = await ctx.db
      .collection('batch')
      .where({ k: _().gte(2) })
      .update({ data: { done: true } })
    expect(updated.stats.updated).toBe(2)
    const removed = await ctx.db.collection('batch').where({ done: true }).remove()
    expect(removed.stats.removed).toBe(2)
    expect((await ctx.db.collection('batch').count()).total).toBe(1)
  })

  it('stores ctx.db.serverDate() as the server time', async () => {
    const before = hostNow().getTime()
    const { _id } = await ctx.db.collection('stamps').add({ data: { at: ctx.db.serverDate() } })
    const { data } = await ctx.db.collection('stamps').where({ _id }).get()
    expect(data[0].at).toBeInstanceOf(Date)
    expect((data[0].at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('enforces unique indexes from indexes.json with a platform-shaped error', async () => {
    const link = { familyOpenid: 'f1', cadreId: 'c1', status: 'pending' }
    await ctx.db.collection('familyLinks').add({ data: link })
    const error = await ctx.db
      .collection('familyLinks')
      .add({ data: link })
      .catch((e) => e)
    expect(error).toMatchObject({ errCode: expect.any(Number), errMsg: expect.stringMatching(/E11000 duplicate key/) })
    await expect(ctx.db.collection('familyLinks').add({ data: { ...link, cadreId: 'c2' } })).resolves.toBeTruthy()
    expect((await ctx.db.collection('familyLinks').where({ familyOpenid: 'f1' }).count()).total).toBe(2)
  })

  it('refuses a second document with the same _id', async () => {
    await ctx.db.collection('ids').add({ data: { _id: 'same', v: 1 } })
    await expect(ctx.db.collection('ids').add({ data: { _id: 'same', v: 2 } })).rejects.toMatchObject({
      errMsg: expect.stringMatching(/duplicate/),
    })
    expect((await ctx.db.collection('ids').where({ _id: 'same' }).get()).data[0].v).toBe(1)
  })
})

describe('switches', () => {
  it('fails the Nth request when asked, writing nothing for it', async () => {
    await ctx.cloud.post('/__cloud/faults', { failNth: 1 })
    await expect(ctx.db.collection('faults').add({ data: { v: 1 } })).rejects.toMatchObject({
      errMsg: expect.stringMatching(/injected fault/),
    })
    expect((await ctx.db.collection('faults').count()).total).toBe(0)
    await ctx.db.collection('faults').add({ data: { v: 2 } })
    expect((await ctx.db.collection('faults').count()).total).toBe(1)
  })

  it('adds latency to every request', async () => {
    await ctx.cloud.post('/__cloud/faults', { latencyMs: 60 })
    const t = Date.now()
    await ctx.db.collection('faults').count()
    const took = Date.now() - t
    await ctx.cloud.post('/__cloud/faults', { latencyMs: 0 })
    expect(took).toBeGreaterThanOrEqual(60)
  })
})

describe('collections', () => {
  it('answers an error for a collection the repo does not declare, reads and writes alike, until it is created', async () => {
    const forgotten = ctx.db.collection('forgotten')
    await expect(forgotten.where({}).get()).rejects.toMatchObject({ errMsg: expect.stringMatching(/not exist/) })
    await expect(forgotten.add({ data: { a: 1 } })).rejects.toMatchObject({ errMsg: expect.stringMatching(/not exist/) })
    await ctx.db.createCollection('forgotten')
    await forgotten.add({ data: { _id: 'f1', a: 1 } })
    expect((await forgotten.where({}).get()).data).toEqual([{ _id: 'f1', a: 1 }])
    // Every collection the repo declares (the list deployment creates) is there from the start.
    expect((await ctx.db.collection('guesses').where({}).get()).data).toEqual([])
  })
})

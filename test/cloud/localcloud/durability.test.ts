// An acknowledged write survives kill -9 of localcloud, and a crash in the middle of a transaction
// leaves none of its writes behind.
import { startLocalCloud, sdkFor, type LocalCloud } from '../../support/localcloud'

let cloud: LocalCloud

afterEach(async () => {
  await cloud?.stop().catch(() => {})
})

function dbOf(c: LocalCloud) {
  return sdkFor(c).database()
}

/** Every cloud in this file keeps the first one's address: the SDK in this process stays pointed at it. */
let port = 0
async function start(dataDir?: string) {
  const c = await startLocalCloud({ seed: false, dataDir, port })
  port = Number(new URL(c.url).port)
  return c
}
const restart = (c: LocalCloud) => start(c.dataDir)

it('keeps every acknowledged write after kill -9 and a restart on the same data', async () => {
  cloud = await start()
  let db = dbOf(cloud)
  await db.createCollection('notes')
  const ids: string[] = []
  for (let i = 0; i < 20; i++) ids.push(String((await db.collection('notes').add({ data: { i } }))._id))
  await db
    .collection('notes')
    .doc(ids[0])
    .update({ data: { i: 100 } })
  await db.collection('notes').doc(ids[1]).remove()
  await cloud.kill9()

  cloud = await restart(cloud)
  db = dbOf(cloud)
  const { data } = await db.collection('notes').where({}).limit(1000).get()
  expect(data).toHaveLength(19)
  expect(data.find((d) => d._id === ids[0])?.i).toBe(100)
  expect(data.find((d) => d._id === ids[1])).toBeUndefined()
})

it('loses the whole transaction, and nothing else, when localcloud dies between two of its writes', async () => {
  cloud = await start()
  let db = dbOf(cloud)
  await db.createCollection('accounts')
  await db.collection('accounts').add({ data: { _id: 'from', balance: 100 } })
  await db.collection('accounts').add({ data: { _id: 'to', balance: 0 } })
  await cloud.post('/__cloud/faults', { crashOnTxWrite: 2 })
  const transfer = db.runTransaction(async (tx) => {
    await tx
      .collection('accounts')
      .doc('from')
      .update({ data: { balance: db.command.inc(-40) } })
    await tx
      .collection('accounts')
      .doc('to')
      .update({ data: { balance: db.command.inc(40) } })
  })
  await expect(transfer).rejects.toBeTruthy()

  cloud = await restart(cloud)
  db = dbOf(cloud)
  const { data } = await db.collection('accounts').where({}).orderBy('_id', 'asc').get()
  expect(data.map((d) => [d._id, d.balance])).toEqual([
    ['from', 100],
    ['to', 0],
  ])
})

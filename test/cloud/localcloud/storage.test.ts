// CloudBase storage through the unchanged wx-server-sdk: upload (upload metadata, then a PUT of the bytes),
// temporary download URLs that expire, delete; file IDs shaped like the platform's; uploads survive kill -9.
import { startLocalCloud, sdkFor, type LocalCloud } from '../../support/localcloud'
import { request } from '../../support/http'
import { hostNow } from '../../support/clock'
import { PNG } from '../../support/arrange'
import fs from 'node:fs'
import path from 'node:path'

let cloud: LocalCloud

afterEach(async () => {
  await cloud?.stop().catch(() => {})
})

/** Every cloud in this file keeps the first one's address: the SDK in this process stays pointed at it. */
let port = 0
async function start(dataDir?: string) {
  const c = await startLocalCloud({ seed: false, dataDir, port })
  port = Number(new URL(c.url).port)
  return c
}

it('uploads, hands out a temporary URL that serves the same bytes, and deletes', async () => {
  cloud = await start()
  const sdk = sdkFor(cloud)
  const { fileID } = await sdk.uploadFile({ cloudPath: 'photos/visit/a.png', fileContent: PNG })
  expect(fileID).toMatch(/^cloud:\/\/[\w.-]+\/photos\/visit\/a\.png$/)

  const { fileList } = await sdk.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }, `${fileID}.missing`] })
  expect(fileList[0]).toMatchObject({ fileID, status: 0, tempFileURL: expect.stringMatching(/^http:\/\//) })
  expect(fileList[1]).toMatchObject({ status: -503003, tempFileURL: '' })
  const got = await request(fileList[0].tempFileURL, { method: 'GET' })
  expect(got.status).toBe(200)
  expect(Buffer.from(got.raw)).toEqual(PNG)
  expect(got.headers['content-type']).toBe('image/png')

  // A tampered URL is refused; so is the same URL once its time is up.
  const tampered = fileList[0].tempFileURL.replace(/sign=(.)/, (_m, c: string) => `sign=${c === '0' ? '1' : '0'}`)
  expect((await request(tampered, { method: 'GET' })).status).toBe(403)
  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() + 11 * 60_000).toISOString() })
  expect((await request(fileList[0].tempFileURL, { method: 'GET' })).status).toBe(403)

  const deleted = await sdk.deleteFile({ fileList: [fileID] })
  expect(deleted.fileList).toEqual([expect.objectContaining({ fileID, status: 0 })])
  expect((await sdk.getTempFileURL({ fileList: [fileID] })).fileList[0].status).toBe(-503003)
  expect((await sdk.deleteFile({ fileList: [fileID] })).fileList[0].status).toBe(-503003)

  // As on the platform, one call takes at most 50 files.
  const many = Array.from({ length: 51 }, (_v, i) => `${fileID}.${i}`)
  await expect(sdk.getTempFileURL({ fileList: many })).rejects.toBeDefined()
  await expect(sdk.deleteFile({ fileList: many })).rejects.toBeDefined()
  expect((await sdk.getTempFileURL({ fileList: many.slice(0, 50) })).fileList).toHaveLength(50)
})

it('refuses a path that climbs out with .., and an upload URL used twice or for another path', async () => {
  cloud = await start()
  const sdk = sdkFor(cloud)
  // The platform answers INVALID_PARAM with no upload URL, and the SDK then fails; nothing is written anywhere.
  await expect(sdk.uploadFile({ cloudPath: '../etc/passwd', fileContent: PNG })).rejects.toBeDefined()
  await expect(sdk.uploadFile({ cloudPath: 'a/../../b.png', fileContent: PNG })).rejects.toBeDefined()
  expect(fs.readdirSync(path.join(cloud.dataDir, 'files'))).toEqual([])

  const meta = (await cloud.post('/admin', { action: 'storage.getUploadMetadata', path: 'photos/b.png', method: 'put' })) as {
    data: { url: string; authorization: string }
  }
  const put = (url: string) => request(url, { method: 'PUT', headers: { authorization: meta.data.authorization }, body: PNG })
  expect((await put(meta.data.url.replace('b.png', 'c.png'))).status).toBe(403)
  expect((await put(meta.data.url)).status).toBe(200)
  expect((await put(meta.data.url)).status).toBe(403)
})

it('keeps an acknowledged upload after kill -9 and a restart on the same data', async () => {
  cloud = await start()
  const { fileID } = await sdkFor(cloud).uploadFile({ cloudPath: 'photos/c.png', fileContent: PNG })
  await cloud.kill9()
  cloud = await start(cloud.dataDir)
  const { fileList } = await sdkFor(cloud).getTempFileURL({ fileList: [fileID] })
  expect(Buffer.from((await request(fileList[0].tempFileURL, { method: 'GET' })).raw)).toEqual(PNG)
})

// The visit form in the weapp build: a photo from the album goes up through wx.cloud.uploadFile (bridged to a real
// localcloud as the staff member), is checked by the api, and the saved record keeps it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../../../../support/localcloud'
import { bootWeapp, renderPage, tap, waitForText } from '../../../../../support/weapp'
import { PNG, STAFF } from '../../../../../support/arrange'
import { TARGET_CADRE } from '../../../../../support/callers'

let cloud: LocalCloud

async function until(ready: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error('did not happen in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}
const photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wxfile-')), 'tmp_visit.png')

beforeAll(async () => {
  cloud = await startLocalCloud()
  fs.writeFileSync(photo, PNG)
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  // What the phone answers when the staff member picks one photo from the album.
  wx.chooseMedia = ({ success }: { success: (r: object) => void }) =>
    success({ errMsg: 'chooseMedia:ok', type: 'image', tempFiles: [{ tempFilePath: photo, size: PNG.length, fileType: 'image' }] })
  wx.getImageInfo = ({ success }: { success: (r: object) => void }) =>
    success({ errMsg: 'getImageInfo:ok', width: 1, height: 1, path: photo })
  bootWeapp(cloud.url, () => STAFF)
})
afterAll(() => cloud.stop())

it('uploads a photo through wx.cloud.uploadFile and keeps it on the saved visit', async () => {
  const form = renderPage('packages/staff/visit/index', { cadreId: TARGET_CADRE })
  await waitForText(form, '添加照片')
  tap(form, '添加照片')
  await waitForText(form, '✓ 已传好')
  // The writer's own name is filled in (from me.get) before the form can be saved.
  await until(() => JSON.stringify(form.toJSON()).includes('"value":"陈静"'))
  tap(form, '保存走访记录')
  await until(async () => (await cloud.ok(STAFF, 'visit.list', { cadreId: TARGET_CADRE })).visits[0]?.photos.length === 1)
})

// The deploy's configuration: each missing value answered with where to find it, a secret never echoed, and
// `npm run deploy -- --dry-run` run for real (no network): the plan with the values set, the plain message without.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { readSettings, SETTINGS } from '../../../../config/deploy/settings'
import { declaredFromRepo } from '../../../../config/deploy/declared'
import { everythingThere } from './environments'

const root = path.resolve(__dirname, '../../../..')
const VALID = {
  WECHAT_APPID: 'wx0123456789abcdef',
  WECHAT_UPLOAD_KEY: 'private.wx0123456789abcdef.key',
  CLOUD_ENV: 'jiujin-prod-7g2x',
  TENCENTCLOUD_SECRETID: 'AKIDabcdefghijklmnop',
  TENCENTCLOUD_SECRETKEY: 'a-secret-key-that-must-never-be-printed',
}

it('names every missing value with where to find it in the WeChat and CloudBase consoles', () => {
  const r = readSettings({}, null, () => true)
  expect(r.ok).toBe(false)
  if (r.ok) return
  expect(r.problems).toHaveLength(SETTINGS.length)
  expect(r.problems[0]).toMatch(
    /^缺少 WECHAT_APPID（小程序 AppID）。在哪里找：微信公众平台 mp\.weixin\.qq\.com → 开发 → 开发管理 → 开发设置/,
  )
  expect(r.problems[2]).toContain('CLOUD_ENV（云开发环境 ID）')
  expect(r.problems[3]).toContain('console.cloud.tencent.com/cam/capi')
})

it('takes values from the file, lets the environment override them, and never echoes a malformed secret', () => {
  const file = JSON.stringify({ ...VALID, CLOUD_ENV: 'from-file-env' })
  const r = readSettings({ CLOUD_ENV: 'from-environment' }, file, () => true)
  expect(r).toMatchObject({
    ok: true,
    settings: { appId: VALID.WECHAT_APPID, envId: 'from-environment', secretKey: VALID.TENCENTCLOUD_SECRETKEY },
  })
  const bad = readSettings({ ...VALID, TENCENTCLOUD_SECRETID: 'not-an-akid-secret' }, null, () => true)
  expect(bad.ok).toBe(false)
  expect(JSON.stringify(bad)).not.toContain('not-an-akid-secret')
  const noKey = readSettings(VALID, null, () => false)
  expect(noKey).toMatchObject({ ok: false, problems: [expect.stringContaining('不存在或不是上传密钥')] })
})

describe('npm run deploy -- --dry-run', () => {
  const run = promisify(execFile)
  const dryRun = (env: Record<string, string>, ...more: string[]) =>
    run(path.join(root, 'node_modules/.bin/tsx'), ['config/deploy/main.ts', '--dry-run', ...more], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } as unknown as NodeJS.ProcessEnv,
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    )

  it('prints the whole plan without any network when the values are set, and no secret', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-'))
    const key = path.join(dir, 'private.key')
    fs.writeFileSync(key, '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n')
    const { code, out } = await dryRun({ ...VALID, WECHAT_UPLOAD_KEY: key })
    expect(code).toBe(0)
    expect(out).toContain('配置：AppID wx0123456789abcdef · 环境 jiujin-prod-7g2x')
    expect(out).toContain('不联网，按一个空环境列出要做的全部：')
    expect(out).toMatch(/建集合 \d+ 个：users、communities/)
    expect(out).toContain('定时触发器 minutely：every-minute（0 * * * * * *）')
    expect(out).not.toContain(VALID.TENCENTCLOUD_SECRETKEY)
    expect(out).not.toContain(VALID.TENCENTCLOUD_SECRETID)
  })

  it('plans nothing against a described environment that already has everything', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-'))
    const key = path.join(dir, 'private.key')
    fs.writeFileSync(key, '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n')
    const described = path.join(dir, 'env.json')
    fs.writeFileSync(described, JSON.stringify(everythingThere(declaredFromRepo(root, { version: '', desc: '' }))))
    const { code, out } = await dryRun({ ...VALID, WECHAT_UPLOAD_KEY: key }, '--environment', described)
    expect(code).toBe(0)
    expect(out).toContain(`对照 ${described} 里描述的环境（不联网）：`)
    expect(out).toContain('环境和仓库一致，没有要改的。')
  })

  it('fails with the plain message when a value is missing', async () => {
    const { code, out } = await dryRun({})
    expect(code).toBe(1)
    expect(out).toContain('部署的配置还不完整：')
    expect(out).toContain('✖ 缺少 WECHAT_APPID（小程序 AppID）')
  })
})

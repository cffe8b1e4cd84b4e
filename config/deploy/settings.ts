// The four things a deploy needs (AppID, the code-upload key, the CloudBase environment, a Tencent Cloud API key),
// from environment variables or the git-ignored deploy.config.json. A missing or malformed value is answered with
// where to find it; secret values are never printed.
import { z } from 'zod'

export interface Settings {
  appId: string
  uploadKeyPath: string
  envId: string
  secretId: string
  secretKey: string
}

interface Setting {
  key: string
  field: keyof Settings
  what: string
  where: string
  shape: z.ZodType<string>
  secret?: true
}

export const CONFIG_FILE = 'deploy.config.json'

export const SETTINGS: Setting[] = [
  {
    key: 'WECHAT_APPID',
    field: 'appId',
    what: '小程序 AppID',
    where: '微信公众平台 mp.weixin.qq.com → 开发 → 开发管理 → 开发设置 → “AppID(小程序ID)”',
    shape: z.string().regex(/^wx[0-9a-f]{16}$/, '应是 wx 开头的 18 位'),
  },
  {
    key: 'WECHAT_UPLOAD_KEY',
    field: 'uploadKeyPath',
    what: '小程序代码上传密钥文件的路径',
    where:
      '微信公众平台 → 开发 → 开发管理 → 开发设置 → “小程序代码上传” → 生成并下载密钥（private.<AppID>.key）；' +
      '同一处把运行部署的这台机器的出口 IP 加进白名单',
    shape: z.string().min(1),
  },
  {
    key: 'CLOUD_ENV',
    field: 'envId',
    what: '云开发环境 ID',
    where: '微信开发者工具 → 云开发 → 设置 → 环境名称下的“环境 ID”（或 腾讯云 云开发 CloudBase 控制台 → 环境列表）',
    shape: z.string().regex(/^[a-z0-9][a-z0-9-]{3,40}$/, '只有小写字母、数字和短横线'),
  },
  {
    key: 'TENCENTCLOUD_SECRETID',
    field: 'secretId',
    what: '腾讯云 API 密钥的 SecretId',
    where: '腾讯云控制台 console.cloud.tencent.com/cam/capi（访问管理 → API 密钥管理），用开通这个云开发环境的同一个账号',
    shape: z.string().regex(/^AKID[0-9A-Za-z]{10,}$/, '应以 AKID 开头'),
    secret: true,
  },
  {
    key: 'TENCENTCLOUD_SECRETKEY',
    field: 'secretKey',
    what: '腾讯云 API 密钥的 SecretKey',
    where: '和 SecretId 同一页，点“显示”',
    shape: z.string().min(16, '太短了，请整段复制'),
    secret: true,
  },
]

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: string[] }

/**
 * Environment variables first, then the file. `keyExists` checks the upload key's path (it must be a readable file
 * that holds a private key).
 */
export function readSettings(
  env: Record<string, string | undefined>,
  fileText: string | null,
  keyLooksRight: (path: string) => boolean,
): SettingsResult {
  let file: Record<string, unknown> = {}
  const problems: string[] = []
  if (fileText !== null) {
    try {
      file = JSON.parse(fileText) as Record<string, unknown>
    } catch {
      problems.push(`${CONFIG_FILE} 不是合法的 JSON，请照 README“部署”里的样子写`)
    }
  }
  const settings: Partial<Settings> = {}
  for (const s of SETTINGS) {
    const raw = env[s.key] ?? file[s.key]
    if (raw === undefined || raw === '') {
      problems.push(`缺少 ${s.key}（${s.what}）。在哪里找：${s.where}。填进 ${CONFIG_FILE} 或设同名环境变量。`)
      continue
    }
    const parsed = s.shape.safeParse(String(raw).trim())
    if (!parsed.success) {
      problems.push(
        `${s.key}（${s.what}）不对：${parsed.error.issues[0]?.message}${s.secret ? '' : `（现在是 ${String(raw)}）`}。在哪里找：${s.where}`,
      )
      continue
    }
    settings[s.field] = parsed.data
  }
  if (settings.uploadKeyPath && !keyLooksRight(settings.uploadKeyPath)) {
    problems.push(`WECHAT_UPLOAD_KEY 指的文件 ${settings.uploadKeyPath} 不存在或不是上传密钥。在哪里找：${SETTINGS[1].where}`)
  }
  return problems.length ? { ok: false, problems } : { ok: true, settings: settings as Settings }
}

/** For printing: which values are set, never the secrets themselves. */
export function settingsWords(s: Settings): string {
  return `AppID ${s.appId} · 环境 ${s.envId} · 上传密钥 ${s.uploadKeyPath} · 腾讯云密钥已设（不显示）`
}

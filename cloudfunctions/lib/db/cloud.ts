// The one wx-server-sdk instance. On CloudBase it uses the function's own environment; locally the
// host sets LOCALCLOUD_URL and the same SDK talks to localcloud over loopback.
import cloud from 'wx-server-sdk'
import type { Database } from './types'

const local = process.env.LOCALCLOUD_URL
if (local) {
  process.env.TENCENTCLOUD = 'true'
  cloud.init({ env: 'local', serviceUrl: local, secretId: 'local', secretKey: 'local', timeout: 10000 } as never)
} else {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
}

export { cloud }
export const db = cloud.database() as unknown as Database
export const _ = db.command

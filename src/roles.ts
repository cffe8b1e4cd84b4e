import type { Role } from '@cloud/contracts'

export const ROLE_NAMES: Record<Role, string> = {
  cadre: '老干部',
  family: '家属',
  staff: '社区工作人员',
  provider: '服务人员',
  admin: '老干部局',
}

export const PERMISSION_NAMES = { book: '代为预约服务', health: '查看健康信息', sos: '接收紧急求助' } as const

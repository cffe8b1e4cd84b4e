// GET /__cloud/actions: every action with who may call it and its input as JSON Schema, so the quality
// gates cover a new action without anyone listing it by hand.
import * as z from 'zod'
import { admittedRoles, contracts } from '../../cloudfunctions/lib/contracts'

export function actionCatalog() {
  return Object.entries(contracts).map(([name, c]) => ({
    name,
    roles: admittedRoles(c.access) ?? ['anyone'],
    access: c.access,
    summary: c.summary,
    input: z.toJSONSchema(c.input, { unrepresentable: 'any' }),
  }))
}

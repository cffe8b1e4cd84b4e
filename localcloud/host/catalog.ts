// GET /__cloud/actions: every action with the function that serves it, who may call it and its input as JSON Schema, so the quality
// gates cover a new action without anyone listing it by hand.
import * as z from 'zod'
import { admittedRoles } from '../../cloudfunctions/lib/contracts'
import { contracts } from '../../cloudfunctions/lib/all.contracts'
import { functionOf } from '../../cloudfunctions/lib/core/functions'

export function actionCatalog() {
  return Object.entries(contracts).map(([name, c]) => ({
    name,
    function: functionOf(name),
    roles: admittedRoles(c.access) ?? ['anyone'],
    access: c.access,
    summary: c.summary,
    input: z.toJSONSchema(c.input, { unrepresentable: 'any' }),
  }))
}

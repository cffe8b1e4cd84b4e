// GET /__cloud/actions: every action with who may call it and its input as JSON Schema, so the quality
// gates cover a new action without anyone listing it by hand.
import * as z from 'zod'
import { contracts } from '../../cloudfunctions/lib/contracts'

export function actionCatalog() {
  return Object.entries(contracts).map(([name, c]) => ({
    name,
    roles: c.roles,
    summary: c.summary,
    input: z.toJSONSchema(c.input, { unrepresentable: 'any' }),
  }))
}

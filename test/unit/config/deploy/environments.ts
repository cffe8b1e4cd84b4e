// Descriptions of environments for the deploy plan's tests, as `npm run deploy -- --describe` writes them.
import type { Declared } from '../../../../config/deploy/declared'
import type { Environment } from '../../../../config/deploy/plan'

export /** An environment where everything the repo declares is already in place, as the last deploy left it. */
function everythingThere(d: Declared): Environment {
  return {
    collections: Object.fromEntries(
      d.collections.map((c) => [
        c,
        {
          rule: d.collectionRule,
          indexes: [
            { name: '_id_', fields: ['_id'], unique: true },
            ...d.indexes.filter((i) => i.collection === c).map(({ collection: _c, ...i }) => i),
          ],
        },
      ]),
    ),
    storageRule: d.storageRule,
    functions: Object.fromEntries(
      d.functions.map((f) => [
        f.name,
        { timeout: f.timeout, triggers: [...f.triggers], variables: ['UPLOAD_TICKET_KEY', 'DEPLOYED_CODE'], fingerprint: f.fingerprint },
      ]),
    ),
    weappFingerprint: d.weapp.fingerprint,
  }
}

// Cloud tests run the functions as built, so build them first (esbuild, about a second) unless `npm test` just
// did (FUNCTIONS_BUILT); a run pinned to another moment (LOCALCLOUD_NOW) fixes its clock offset here.
import { buildFunctions } from '../../config/build-functions'
import { pinRunClock } from '../support/clock'

export default async function setup() {
  pinRunClock()
  if (!process.env.FUNCTIONS_BUILT) await buildFunctions()
}

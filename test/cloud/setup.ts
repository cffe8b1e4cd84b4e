// Cloud tests run the functions as built, so build them first (esbuild, about a second); a run pinned to
// another moment (LOCALCLOUD_NOW) fixes its clock offset here, before any localcloud starts.
import { buildFunctions } from '../../config/build-functions'
import { pinRunClock } from '../support/clock'

export default async function setup() {
  pinRunClock()
  await buildFunctions()
}

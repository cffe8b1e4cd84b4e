// Cloud tests run the functions as built, so build them first (esbuild, about a second).
import { buildFunctions } from '../../config/build-functions'

export default async function setup() {
  await buildFunctions()
}

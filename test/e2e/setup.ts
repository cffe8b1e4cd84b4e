// A run pinned to another moment (LOCALCLOUD_NOW) fixes its clock offset here, before any localcloud or page starts.
import { pinRunClock } from '../support/clock'

export default function setup() {
  pinRunClock()
}

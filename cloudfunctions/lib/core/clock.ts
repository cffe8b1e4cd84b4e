// The one clock of every function. On CloudBase it is the real time; the local host can move it
// (POST /__cloud/clock) so tests travel in time without touching any rule.
export function now(): Date {
  const offset = Number(process.env.LOCALCLOUD_CLOCK_OFFSET_MS ?? 0)
  return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0))
}

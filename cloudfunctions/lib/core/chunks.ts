/** The list cut into pieces of at most `n`, in order: for calls that take a limited number at a time. */
export const chunks = <T>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_v, i) => xs.slice(i * n, i * n + n))

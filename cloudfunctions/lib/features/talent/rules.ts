// 银发人才库: what a cadre can offer, from the care profile's 爱好特长 and the skills they offered (就近发挥作用),
// and whether they fit a need staff are looking for. Pure.

export interface TalentFacts {
  hobbies: string
  offers: readonly { type: string; title: string; detail: string }[]
}

/** The skills to show: each offer's kind, then the hobbies as written (split at the usual separators). */
export function skillsOf(f: TalentFacts): string[] {
  const hobbies = f.hobbies
    .split(/[，,、；;。\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
  return [...new Set([...f.offers.map((o) => o.type), ...hobbies])]
}

/** Matches a word staff typed (调解, 书法…) anywhere in what the cadre offered or likes; no word matches all. */
export function fitsNeed(f: TalentFacts, word: string): boolean {
  const w = word.trim()
  if (!w) return true
  return [f.hobbies, ...f.offers.flatMap((o) => [o.type, o.title, o.detail])].some((text) => text.includes(w))
}

export const STATUS_WORDS = { invited: '等老人答复', accepted: '老人答应了', declined: '老人这次不方便', served: '已服务' } as const

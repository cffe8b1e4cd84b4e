// 问卷: what a question is, whether an answer fits it, who is asked, when a survey takes answers, and how the
// answers add up — counts, percentages and the 满意率 the programme is judged by. Pure, with the clock passed in;
// the answer page reads the faces and kinds from here too, so it imports nothing else.

export const QUESTION_KINDS = ['single', 'multiple', 'rating', 'text'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]
export const KIND_WORDS: Record<QuestionKind, string> = { single: '单选', multiple: '多选', rating: '打分（1–5）', text: '写几句话' }

/**
 * The five faces of a rating, 1 to 5: the cadre taps a face, not a number. All from Unicode 6, which every phone and
 * the common fonts draw (🙂 and 🙁 came later and show as empty boxes where the font lacks them).
 */
export const FACES = [
  { face: '😣', words: '很不满意' },
  { face: '😞', words: '不满意' },
  { face: '😐', words: '一般' },
  { face: '😊', words: '满意' },
  { face: '😄', words: '非常满意' },
] as const

/** Who of the community is asked: everyone, by 离休/退休, those living alone. */
export const AUDIENCES = ['全体老干部', '离休干部', '退休干部', '独居老人'] as const
export type Audience = (typeof AUDIENCES)[number]

export interface Question {
  id: string
  kind: QuestionKind
  text: string
  /** The choices of a single or multiple choice question. */
  options?: string[]
  required: boolean
}

/** One answer: an option's index (single), indexes (multiple), 1–5 (rating), or words (text). */
export type Answer = number | number[] | string
export type Answers = Record<string, Answer>

/** Nothing given: no answer, no words, no choice. */
export const unanswered = (a: Answer | undefined): a is undefined => a === undefined || a === '' || (Array.isArray(a) && a.length === 0)

/** Why these answers do not fit the questions, in words, or null. Unanswered optional questions are fine. */
export function answersProblem(questions: readonly Question[], answers: Answers): string | null {
  for (const key of Object.keys(answers)) if (!questions.some((q) => q.id === key)) return '有一题不在这份问卷里'
  for (const [i, q] of questions.entries()) {
    const a = answers[q.id]
    const n = `第 ${i + 1} 题`
    if (unanswered(a)) {
      if (q.required) return `${n}还没有答`
      continue
    }
    const options = q.options?.length ?? 0
    const isOption = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < options
    if (q.kind === 'single' && !isOption(a)) return `${n}请选一个`
    if (q.kind === 'multiple' && !(Array.isArray(a) && a.every(isOption) && new Set(a).size === a.length)) return `${n}的选择不对`
    if (q.kind === 'rating' && !(Number.isInteger(a) && (a as number) >= 1 && (a as number) <= 5)) return `${n}请点一个表情`
    if (q.kind === 'text' && typeof a !== 'string') return `${n}请写几句话`
  }
  return null
}

/** Whether the survey takes answers on `day` (YYYY-MM-DD, Shanghai): from its opening day to its closing day. */
export const takesAnswers = (s: { opensOn: string; closesOn: string }, day: string) => s.opensOn <= day && day <= s.closesOn

export const windowWords = (s: { opensOn: string; closesOn: string }, day: string) =>
  day < s.opensOn ? `${s.opensOn} 开始` : day > s.closesOn ? '已截止' : `${s.closesOn} 截止`

/** Whether a cadre is among those a survey asks: of its audience, and of its grid (网格) when it names one. */
export function asks(who: { audience: Audience; grid?: string }, cadre: { category: string; livesAlone: boolean; grid?: string }): boolean {
  if (who.grid && cadre.grid !== who.grid) return false
  if (who.audience === '离休干部') return cadre.category === '离休'
  if (who.audience === '退休干部') return cadre.category === '退休'
  if (who.audience === '独居老人') return cadre.livesAlone
  return true
}

/** What a choice means for satisfaction: 满意 and 非常满意 count as satisfied. */
const SATISFIED = new Set(['满意', '非常满意'])
/** A question that measures satisfaction: any rating, or a choice offering 满意. */
export const measuresSatisfaction = (q: Question) =>
  q.kind === 'rating' || (q.kind === 'single' && !!q.options?.some((o) => SATISFIED.has(o)))

const isSatisfied = (q: Question, a: Answer) =>
  q.kind === 'rating' ? (a as number) >= 4 : typeof a === 'number' && SATISFIED.has(q.options?.[a] ?? '')

export interface Tally {
  questionId: string
  /** How many answered this question. */
  answered: number
  /** Per option (choices) or per face 1–5 (rating): how many, and the share of those who answered, 0–100. */
  counts: { label: string; count: number; percent: number }[]
  /** Text answers, as written (the page lists them). */
  texts: string[]
  /** Satisfied of those who answered, 0–100, for questions that measure it. */
  satisfaction?: number
}

const percent = (part: number, whole: number) => (whole ? Math.round((part * 1000) / whole) / 10 : 0)

/** Adds up every answer to one question. */
export function tally(q: Question, all: readonly Answers[]): Tally {
  const given = all.map((a) => a[q.id]).filter((a): a is Answer => !unanswered(a))
  const labels = q.kind === 'rating' ? FACES.map((f) => f.words) : (q.options ?? [])
  const counts = labels.map((label, i) => {
    const count = given.filter((a) => (q.kind === 'rating' ? a === i + 1 : Array.isArray(a) ? a.includes(i) : a === i)).length
    return { label, count, percent: percent(count, given.length) }
  })
  return {
    questionId: q.id,
    answered: given.length,
    counts: q.kind === 'text' ? [] : counts,
    texts: q.kind === 'text' ? given.map(String) : [],
    ...(measuresSatisfaction(q) ? { satisfaction: percent(given.filter((a) => isSatisfied(q, a)).length, given.length) } : {}),
  }
}

/** The survey's 满意率: satisfied answers over all answers to the questions that measure it, 0–100; null if none. */
export function satisfactionRate(questions: readonly Question[], all: readonly Answers[]): number | null {
  let satisfied = 0
  let answered = 0
  for (const q of questions.filter(measuresSatisfaction)) {
    for (const a of all) {
      const given = a[q.id]
      if (given === undefined) continue
      answered++
      if (isSatisfied(q, given)) satisfied++
    }
  }
  return answered ? percent(satisfied, answered) : null
}

/** An answer in words: the face, the choice or choices, or what was written; '没有答' when there is none. */
export function answerWords(q: Question, a: Answer | undefined): string {
  if (unanswered(a)) return '没有答'
  if (q.kind === 'rating') return `${FACES[(a as number) - 1].face} ${FACES[(a as number) - 1].words}`
  if (q.kind === 'single') return q.options?.[a as number] ?? ''
  if (q.kind === 'multiple') return (a as number[]).map((i) => q.options?.[i]).join('、')
  return a as string
}

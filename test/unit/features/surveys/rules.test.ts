// The survey rules: which answers fit which questions, who is asked, when answers are taken, and how answers
// add up — counts, shares, and the 满意率 of faces and of choices named 满意.
import {
  answersProblem,
  asks,
  satisfactionRate,
  tally,
  takesAnswers,
  windowWords,
  type Answers,
  type Question,
} from '../../../../cloudfunctions/lib/features/surveys/rules'

const questions: Question[] = [
  { id: 'q1', kind: 'rating', text: '满意吗', required: true },
  { id: 'q2', kind: 'single', text: '口味', options: ['非常满意', '满意', '一般', '不满意'], required: true },
  { id: 'q3', kind: 'multiple', text: '想要', options: ['理发', '读报', '修家电'], required: false },
  { id: 'q4', kind: 'text', text: '还想说', required: false },
]

it('accepts answers that fit and names the first question that does not', () => {
  expect(answersProblem(questions, { q1: 5, q2: 0, q3: [0, 2], q4: '很好' })).toBeNull()
  expect(answersProblem(questions, { q1: 5, q2: 0 })).toBeNull()
  expect(answersProblem(questions, { q2: 0 })).toBe('第 1 题还没有答')
  expect(answersProblem(questions, { q1: 0, q2: 0 })).toBe('第 1 题请点一个表情')
  expect(answersProblem(questions, { q1: 3, q2: 4 })).toBe('第 2 题请选一个')
  expect(answersProblem(questions, { q1: 3, q2: [1] })).toBe('第 2 题请选一个')
  expect(answersProblem(questions, { q1: 3, q2: 1, q3: [1, 1] })).toBe('第 3 题的选择不对')
  expect(answersProblem(questions, { q1: 3, q2: 1, q4: 7 })).toBe('第 4 题请写几句话')
  expect(answersProblem(questions, { q1: 3, q2: 1, q5: 1 })).toBe('有一题不在这份问卷里')
})

it('takes answers from the opening day to the closing day, both included', () => {
  const s = { opensOn: '2026-12-01', closesOn: '2026-12-10' }
  expect([
    takesAnswers(s, '2026-11-30'),
    takesAnswers(s, '2026-12-01'),
    takesAnswers(s, '2026-12-10'),
    takesAnswers(s, '2026-12-11'),
  ]).toEqual([false, true, true, false])
  expect([windowWords(s, '2026-11-30'), windowWords(s, '2026-12-05'), windowWords(s, '2026-12-11')]).toEqual([
    '2026-12-01 开始',
    '2026-12-10 截止',
    '已截止',
  ])
})

it('asks everyone, or only 离休, 退休 or those living alone, and of one grid when it names one', () => {
  const li = { category: '离休', livesAlone: false }
  const tui = { category: '退休', livesAlone: true }
  const to = (audience: Parameters<typeof asks>[0]['audience'], grid?: string) => ({ audience, ...(grid ? { grid } : {}) })
  expect([asks(to('全体老干部'), li), asks(to('离休干部'), li), asks(to('退休干部'), li), asks(to('独居老人'), li)]).toEqual([
    true,
    true,
    false,
    false,
  ])
  expect([asks(to('离休干部'), tui), asks(to('退休干部'), tui), asks(to('独居老人'), tui)]).toEqual([false, true, true])
  // One grid only: a cadre of another grid, or of none, is not asked.
  const grid1 = to('全体老干部', '一网格')
  expect([asks(grid1, { ...li, grid: '一网格' }), asks(grid1, { ...li, grid: '二网格' }), asks(grid1, li)]).toEqual([true, false, false])
})

it('adds up faces and choices with their shares, lists words, and counts 满意 and 非常满意 as satisfied', () => {
  const all: Answers[] = [
    { q1: 5, q2: 0, q3: [0, 1], q4: '好' },
    { q1: 4, q2: 2, q3: [1] },
    { q1: 2, q2: 1 },
    { q1: 1, q2: 3, q4: '' },
  ]
  const faces = tally(questions[0], all)
  expect(faces.counts.map((c) => c.count)).toEqual([1, 1, 0, 1, 1])
  expect(faces).toMatchObject({ answered: 4, satisfaction: 50 })
  const taste = tally(questions[1], all)
  expect(taste.counts.map((c) => [c.label, c.percent])).toEqual([
    ['非常满意', 25],
    ['满意', 25],
    ['一般', 25],
    ['不满意', 25],
  ])
  expect(taste.satisfaction).toBe(50)
  expect(tally(questions[2], all)).toMatchObject({
    answered: 2,
    counts: [{ count: 1, percent: 50 }, { count: 2, percent: 100 }, { count: 0 }],
  })
  expect(tally(questions[2], all).satisfaction).toBeUndefined()
  expect(tally(questions[3], all)).toMatchObject({ answered: 1, texts: ['好'], counts: [] })
  // Both measuring questions together: 4 satisfied of 8 answers.
  expect(satisfactionRate(questions, all)).toBe(50)
  expect(satisfactionRate(questions, [])).toBeNull()
  // One in three: shares are rounded to one decimal.
  expect(tally(questions[0], all.slice(0, 3)).counts[4].percent).toBe(33.3)
})

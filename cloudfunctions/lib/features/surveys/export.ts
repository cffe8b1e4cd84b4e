// survey.export: the results as a workbook — 汇总 (every choice and face with counts and shares, the 满意率), 各社区
// (the bureau's), and 答卷 (one row per answer; an anonymous survey's without who or when, in an order that says
// nothing of either). Made with the 台帐's workbook styling, loaded only now.
import type { ActionOutput, ParsedInput } from '../../contracts'
import type { ActionContext } from '../../core/context'
import { momentWords } from '../../core/words.rules'
import { handOver } from '../files/files'
import type { LedgerSheet } from '../ledger/ledger.rules'
import { answersFor, byWords } from './surveys'
import { answerWords, satisfactionRate, tally } from './rules'

const rate = (r: number | null) => (r === null ? '—' : `${r}%`)

export async function exportSurvey(ctx: ActionContext, input: ParsedInput<'survey.export'>): Promise<ActionOutput<'survey.export'>> {
  const { survey, reached, answers, asked, nameOf } = await answersFor(ctx, input.surveyId)
  const given = answers.map((a) => a.answers)
  const summary: LedgerSheet = {
    name: '汇总',
    columns: [
      { header: '题目', width: 36 },
      { header: '选项', width: 20 },
      { header: '人数', width: 10 },
      { header: '占答题人数', width: 14 },
    ],
    rows: [
      ['问了多少人', '', asked.reduce((a, b) => a + b, 0), ''],
      ['答了多少人', '', answers.length, ''],
      ['满意率（满意 + 非常满意）', '', '', rate(satisfactionRate(survey.questions, given))],
      ...survey.questions.flatMap((q, i) => {
        const t = tally(q, given)
        return t.counts.length
          ? t.counts.map((c): LedgerSheet['rows'][number] => [`${i + 1}. ${q.text}`, c.label, c.count, `${c.percent}%`])
          : [[`${i + 1}. ${q.text}`, '写的话', t.answered, '']]
      }),
    ],
  }
  const byCommunity: LedgerSheet = {
    name: '各社区',
    columns: [
      { header: '社区', width: 20 },
      { header: '问了', width: 10 },
      { header: '答了', width: 10 },
      { header: '满意率', width: 12 },
    ],
    rows: reached.map((c, i) => {
      const theirs = answers.filter((a) => a.communityId === c).map((a) => a.answers)
      return [nameOf(c), asked[i], theirs.length, rate(satisfactionRate(survey.questions, theirs))]
    }),
  }
  const who = survey.anonymous
    ? []
    : [
        { header: '老人', width: 12 },
        { header: '谁填的', width: 22 },
        { header: '时间', width: 18 },
      ]
  const rows = answers.map((a) => [
    ...(survey.anonymous ? [] : [a.cadreName, byWords(a), momentWords(new Date(a.at))]),
    nameOf(a.communityId),
    ...survey.questions.map((q) => answerWords(q, a.answers[q.id])),
  ])
  // Anonymous: sorted by what was said, so neither the order of answering nor the community's list gives anyone away.
  if (survey.anonymous) rows.sort((x, y) => x.join('|').localeCompare(y.join('|'), 'zh-CN'))
  const sheet: LedgerSheet = {
    name: '答卷',
    columns: [...who, { header: '社区', width: 14 }, ...survey.questions.map((q, i) => ({ header: `${i + 1}. ${q.text}`, width: 24 }))],
    rows,
  }
  const { ledgerWorkbook } = await import('../../sheets')
  const name = `问卷-${survey.title}.xlsx`
  return { ...(await handOver(ctx, name, await ledgerWorkbook(name, [summary, byCommunity, sheet]))), responses: answers.length }
}

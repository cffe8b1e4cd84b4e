// 从表格导入名册 (staff): get the template, fill it in Excel, pick the file (from a WeChat chat on the phone, from
// disk on PC WeChat or in the browser), see every row checked — new, to update, with an error in which cell and
// why — and only then import. The same file imported again changes nothing.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { ImportReport } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { chooseSheet, fetchFile, uploadSheet, type PickedSheet } from '../../../api/upload'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Notice } from '../../../components/notice'
import { goBackOr } from '../../../routes'

const OUTCOME_WORDS = { new: '新登记', update: '要更新', error: '有错', sample: '示例行，跳过', unchanged: '没有变化' } as const

export default function RosterImport() {
  const [sheet, setSheet] = useState<{ picked: PickedSheet; ticket?: string; percent: number } | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const { result, busy, submit } = useSubmit(undefined, '没有办成，请再试一次')

  const template = () =>
    void submit(
      async () => {
        const file = await call('roster.template', {})
        await fetchFile(file.fileName, file.url)
        return file
      },
      (file) => `模板“${file.fileName}”已给出：在电脑上用 Excel 或 WPS 打开填写`,
    )

  const pick = async () => {
    const picked = await chooseSheet()
    if (!picked) return
    setReport(null)
    setSheet({ picked, percent: 0 })
    await submit(
      async () => {
        const { ticket } = await uploadSheet(picked, (percent) => setSheet({ picked, percent }))
        setSheet({ picked, ticket, percent: 100 })
        const checked = await call('roster.import', { ticket, commit: false })
        setReport(checked)
        return checked
      },
      (r) => `检查完了：${countWords(r)}`,
    )
  }

  const commit = () =>
    void submit(
      async () => {
        if (!sheet?.ticket) throw new ApiError('BAD_INPUT', '请先选表格')
        const done = await call('roster.import', { ticket: sheet.ticket, commit: true })
        setReport(done)
        return done
      },
      (r) =>
        `已导入：新登记 ${r.counts.new} 位，更新 ${r.counts.update} 位${r.counts.error ? `；有错的 ${r.counts.error} 行没有导入，改好后再导一次` : ''}`,
    )

  const errors = report?.rows.filter((r) => r.outcome === 'error') ?? []
  const changes = report?.rows.filter((r) => r.outcome === 'new' || r.outcome === 'update') ?? []
  return (
    <Screen title='从表格导入名册'>
      <Section title='第一步：下载模板，在电脑上填好'>
        <Notice kind='info' text='一行一位老人，身份证号是认人的依据。同一个表格再导入一次不会多出人，只更新改了的内容。' />
        <Button label='下载导入模板' hint='手机上会发到微信聊天里，转给“文件传输助手”在电脑上打开' disabled={busy} onPress={template} />
      </Section>
      <Section title='第二步：选表格，先检查'>
        <BigButton label={sheet ? '换一个表格' : '选表格'} hint='xlsx 或 csv，不超过 5 MB' disabled={busy} onPress={() => void pick()} />
        {sheet ? (
          <Text className='t-body'>
            {sheet.picked.name}
            {sheet.ticket ? ' · ✓ 已传好' : ` · 上传中 ${sheet.percent}%`}
          </Text>
        ) : null}
      </Section>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {report ? (
        <View>
          {errors.length ? (
            <Section title={`有错的 ${errors.length} 行（改好表格再选一次）`}>
              {errors.map((r) => (
                <Card key={r.row}>
                  <Text className='t-strong'>
                    第 {r.row} 行 {r.name}
                  </Text>
                  {r.problems?.map((p) => (
                    <View key={p.cell}>
                      <Text className='t-body'>
                        ⚠ {p.cell} 格：{p.reason}
                      </Text>
                    </View>
                  ))}
                </Card>
              ))}
            </Section>
          ) : null}
          {changes.length ? (
            <Section title={report.committed ? '已经导入的' : '导入后会这样'}>
              {changes.map((r) => (
                <Card key={r.row}>
                  <Text className='t-body'>
                    第 {r.row} 行 {r.name} · {OUTCOME_WORDS[r.outcome]}
                    {r.changeWords ? `：${r.changeWords}` : ''}
                  </Text>
                </Card>
              ))}
            </Section>
          ) : null}
          {!report.committed && report.counts.new + report.counts.update > 0 ? (
            <BigButton
              label={`导入（新登记 ${report.counts.new} 位，更新 ${report.counts.update} 位）`}
              hint={errors.length ? `有错的 ${errors.length} 行不导入` : '检查都通过了'}
              disabled={busy}
              onPress={commit}
            />
          ) : null}
          {report.committed ? <Button label='回到名册' onPress={() => goBackOr('roster')} /> : null}
        </View>
      ) : null}
    </Screen>
  )
}

function countWords(r: ImportReport): string {
  const parts = [
    r.counts.new && `新登记 ${r.counts.new} 位`,
    r.counts.update && `要更新 ${r.counts.update} 位`,
    r.counts.unchanged && `没有变化 ${r.counts.unchanged} 位`,
    r.counts.error && `有错 ${r.counts.error} 行`,
  ].filter(Boolean)
  return parts.length ? parts.join('，') : '表格里没有老人'
}

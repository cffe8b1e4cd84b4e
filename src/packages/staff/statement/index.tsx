// 服务卡月度台帐: each cadre's balance at the start of the month, money in, money out and the balance at its end,
// with totals; the whole table (every column) can be saved for Excel / WPS.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { saveFile } from '../../../api/saveFile'
import { LoadError } from '../../../components/load-error'
import { dayFromToday } from '../../../days'
import { MonthField } from '../../../components/pick-field'

export default function Statement() {
  const thisMonth = dayFromToday().slice(0, 7)
  const [month, setMonth] = useState(thisMonth)
  const { data, error, loading } = useAction('card.statement', { month })
  const { result, busy, submit } = useSubmit(undefined, '没有导出，请再试一次')
  return (
    <Screen title='服务卡月度台帐'>
      <MonthField month={month} thisMonth={thisMonth} yearsBack={5} onChange={setMonth} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && data.month === month ? (
        <View>
          <Card>
            <Text className='t-strong'>全社区合计</Text>
            {(
              [
                ['月初余额', data.totals.opening],
                ['收入', data.totals.in],
                ['支出', data.totals.out],
                ['月末余额', data.totals.closing],
              ] as const
            ).map(([label, figure]) => (
              <View key={label}>
                <Text className='t-body'>
                  {label} {figure}&nbsp;元
                </Text>
              </View>
            ))}
          </Card>
          {result ? <Notice kind={result.kind} text={result.text} /> : null}
          <Button
            kind='primary'
            label='导出表格'
            hint='Excel、WPS 可打开'
            disabled={busy}
            onPress={() =>
              void submit(
                () => saveFile(`服务卡台帐-${month}.csv`, data.csv, 'text/csv;charset=utf-8'),
                () => '已导出',
              )
            }
          />
          {data.rows.map((r) => (
            <Card key={r.cadreId}>
              <Text className='t-strong'>{r.name}</Text>
              <View>
                <Text className='t-body'>
                  月初 {r.opening}&nbsp;元 · 收入 {r.in}&nbsp;元 · 支出 {r.out}&nbsp;元
                </Text>
              </View>
              <View>
                <Text className='t-body'>
                  月末余额 {r.closing}&nbsp;元{r.held !== '0.00' ? `（其中 ${r.held}\u00a0元为预约冻结）` : ''}
                </Text>
              </View>
            </Card>
          ))}
        </View>
      ) : null}
    </Screen>
  )
}

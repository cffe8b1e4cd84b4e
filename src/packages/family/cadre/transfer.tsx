// 迁出 on a cadre's page, for staff: ask to move the cadre to another community (its staff accept it), or take the
// request back while it waits.
import { Text } from '@tarojs/components'
import { useState } from 'react'
import type { CadreRecord } from '@cloud/contracts'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'

export function TransferPanel({ record, here, onChanged }: { record: CadreRecord; here: string; onChanged: (words: string) => void }) {
  const { data } = useAction('community.list', {})
  const [to, setTo] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const { result, busy, submit } = useSubmit(undefined, '没有办成，请再试一次')
  const others = (data?.communities ?? []).filter((c) => c.name !== here)
  const ask = (toCommunityId?: string) =>
    void submit(
      () =>
        call('cadre.transfer', {
          cadreId: record.id,
          rev: record.rev,
          ...(toCommunityId ? { toCommunityId } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        }),
      (saved) => {
        onChanged(saved.changedWords)
        return saved.changedWords
      },
    )
  if (record.status === '去世') return null
  return (
    <Section title='迁出'>
      {record.movingTo ? (
        <>
          <Text className='t-strong'>已申请迁到{record.movingTo}，等对方社区接收</Text>
          <Button label='撤回迁出申请' disabled={busy} onPress={() => ask()} />
        </>
      ) : (
        <>
          <Notice kind='info' text='搬到别的社区住的，迁过去：服务卡余额、档案、改动记录、家属绑定都跟着走，对方社区接收后才迁。' />
          <Choice label='迁到哪个社区' options={others.map((c) => c.name)} value={to} onChange={setTo} />
          <Field label='原因（可不填）' value={reason} onInput={setReason} maxlength={200} />
          <Button
            label={to ? `申请迁到${to}` : '申请迁出'}
            disabled={busy || !to}
            onPress={() => ask(others.find((c) => c.name === to)?.id)}
          />
        </>
      )}
      {/* What was done is said by the page: this panel starts afresh for the changed record. */}
      {result?.kind === 'error' ? <Notice kind='error' text={result.text} /> : null}
    </Section>
  )
}

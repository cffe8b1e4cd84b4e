// 离退休党支部 (staff and the bureau): the branches, each opening its meetings and members' attendance; staff set
// up a new branch of their community by tapping the party members who belong to it and its secretary.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Choice, Field, PickMany } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { go } from '../../../routes'

export default function Branches() {
  const { data, error, loading, reload } = useAction('branch.list', {})
  return (
    <Screen title='离退休党支部'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && data.branches.length === 0 ? <Notice kind='info' text='还没有建立党支部。' /> : null}
      {data?.branches.map((b) => (
        <Card key={b.id} onPress={() => go('branch', { id: b.id })}>
          <Text className='t-strong'>{b.name}</Text>
          <View>
            <Text className='t-body'>
              {b.communityWords} · 党员 {b.members} 人{b.secretaryName ? ` · 书记 ${b.secretaryName}` : ''}
            </Text>
          </View>
          <View>
            <Text className='t-body t-muted'>点这里看组织生活和到会情况</Text>
          </View>
        </Card>
      ))}
      {data && data.candidates.length ? <NewBranch candidates={data.candidates} onDone={reload} /> : null}
    </Screen>
  )
}

function NewBranch({ candidates, onDone }: { candidates: { id: string; name: string }[]; onDone: () => Promise<void> }) {
  const [name, setName] = useState('')
  const [members, setMembers] = useState<string[]>([])
  const [secretary, setSecretary] = useState<string | null>(null)
  const { result, busy, submit } = useSubmit(onDone, '没有建成，请再试一次')
  const chosen = candidates.filter((c) => members.includes(c.id))
  const secretaryId = chosen.find((c) => c.name === secretary)?.id
  const save = () =>
    void submit(
      () => call('branch.save', { name: name.trim(), memberIds: members, ...(secretaryId ? { secretaryId } : {}) }),
      (b) => {
        setName('')
        setMembers([])
        setSecretary(null)
        return `建好了：${b.name}，党员 ${b.members} 人`
      },
    )
  return (
    <Section title='建立党支部'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Field
        label='支部名称'
        placeholder='比如：桃园社区离退休干部第二党支部'
        value={name}
        onInput={setName}
        maxlength={40}
        testId='branch-name'
      />
      <PickMany label='哪些党员（点一下选上，再点取消）' options={candidates} picked={members} onChange={setMembers} />
      {chosen.length ? <Choice label='书记' options={chosen.map((c) => c.name)} value={secretary} onChange={setSecretary} /> : null}
      <BigButton label='建立支部' disabled={busy || name.trim().length < 2 || members.length === 0} onPress={save} />
    </Section>
  )
}

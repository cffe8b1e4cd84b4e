// 离退休党支部 (staff and the bureau): the branches, each opening its meetings and members' attendance; staff set
// up a new branch of their community by tapping the party members who belong to it and its secretary; the bureau
// picks the communities a branch joins first, then their members.
import { View, Text } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Choice, Field, PickMany } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { go } from '../../../routes'
import { CommunityPick } from '../../../components/community-pick'

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
      {data?.mayJoinCommunities ? <NewBranchAcross onDone={reload} /> : null}
      {data && !data.mayJoinCommunities && data.candidates.length ? <NewBranch candidates={data.candidates} onDone={reload} /> : null}
    </Screen>
  )
}

/** The bureau's branch across communities: pick the communities, then their party members. */
function NewBranchAcross({ onDone }: { onDone: () => Promise<void> }) {
  const [communityIds, setCommunityIds] = useState<string[] | null>([])
  const picked = communityIds ?? []
  const { data } = useAction('branch.list', { candidatesIn: picked })
  return (
    <NewBranch candidates={picked.length ? (data?.candidates ?? []) : []} communityIds={picked} onDone={onDone}>
      <CommunityPick label='支部跨的社区' picked={picked} onChange={setCommunityIds} everyAllowed={false} />
    </NewBranch>
  )
}

interface NewBranchProps {
  candidates: { id: string; name: string }[]
  /** The bureau's choice of communities; staff's branch is of their own. */
  communityIds?: string[]
  onDone: () => Promise<void>
  children?: ReactNode
}

function NewBranch({ candidates, communityIds, onDone, children }: NewBranchProps) {
  const [name, setName] = useState('')
  const [members, setMembers] = useState<string[]>([])
  const [secretary, setSecretary] = useState<string | null>(null)
  const { result, busy, submit } = useSubmit(onDone, '没有建成，请再试一次')
  const chosen = candidates.filter((c) => members.includes(c.id))
  const secretaryId = chosen.find((c) => c.name === secretary)?.id
  const save = () =>
    void submit(
      () =>
        call('branch.save', {
          name: name.trim(),
          memberIds: chosen.map((c) => c.id),
          ...(secretaryId ? { secretaryId } : {}),
          ...(communityIds ? { communityIds } : {}),
        }),
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
      {children}
      <PickMany label='哪些党员（点一下选上，再点取消）' options={candidates} picked={members} onChange={setMembers} />
      {chosen.length ? <Choice label='书记' options={chosen.map((c) => c.name)} value={secretary} onChange={setSecretary} /> : null}
      <BigButton label='建立支部' disabled={busy || name.trim().length < 2 || members.length === 0} onPress={save} />
    </Section>
  )
}

// Which communities something of the bureau's is for: every community, or the ones picked by a tap (each with its
// district, as two communities of a city may share a name).
import { useAction } from '../../api/useAction'
import { Choice, PickMany } from '../controls'

const SCOPES = ['全市各社区', '选几个社区'] as const

interface CommunityPickProps {
  label: string
  /** null: every community. */
  picked: string[] | null
  onChange: (picked: string[] | null) => void
  /** Whether "every community" may be chosen (a notice may; a branch is always of some). */
  everyAllowed?: boolean
}

export function CommunityPick({ label, picked, onChange, everyAllowed = true }: CommunityPickProps) {
  const { data } = useAction('community.list', {})
  const options = (data?.communities ?? []).map((c) => ({ id: c.id, name: `${c.name}（${c.district}）` }))
  const some = !everyAllowed || picked !== null
  return (
    <>
      {everyAllowed ? (
        <Choice label={label} options={SCOPES} value={SCOPES[some ? 1 : 0]} onChange={(s) => onChange(s === SCOPES[0] ? null : [])} />
      ) : null}
      {some ? (
        <PickMany
          label={`${everyAllowed ? '' : `${label}：`}哪些社区（点一下选上，再点取消）`}
          options={options}
          picked={picked ?? []}
          onChange={onChange}
        />
      ) : null}
    </>
  )
}

import { View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { Choice } from '../controls'
import { Notice } from '../notice'

/** Family act for one of their elders: a choice of whom when there is more than one, then what is for them. */
export function ForCadre({
  cadres,
  label,
  empty,
  children,
}: {
  cadres: { id: string; name: string }[]
  label: string
  empty: string
  children: (cadreId: string) => ReactNode
}) {
  const [chosen, setChosen] = useState<string | null>(null)
  if (cadres.length === 0) return <Notice kind='info' text={empty} />
  const cadre = cadres.find((c) => c.name === chosen) ?? cadres[0]
  return (
    <View>
      {cadres.length > 1 ? <Choice label={label} options={cadres.map((c) => c.name)} value={cadre.name} onChange={setChosen} /> : null}
      {children(cadre.id)}
    </View>
  )
}

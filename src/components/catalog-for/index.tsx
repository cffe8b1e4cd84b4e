import { View } from '@tarojs/components'
import { useAction } from '../../api/useAction'
import { Section } from '../screen'
import { BigButton, CallButton } from '../controls'
import { ServiceTiles } from '../service-tiles'
import { Loading } from '../notice'
import { go } from '../../routes'
import { LoadError } from '../load-error'

/** The catalog for one cadre, with their bookings and the community phone one tap away. */
export function CatalogFor({ cadreId }: { cadreId: string }) {
  const { data, error } = useAction('service.catalog', { cadreId })
  if (error) return <LoadError error={error} />
  if (!data) return <Loading />
  return (
    <View>
      <BigButton label={`${data.cadre.name}的预约`} hint='看看约好的服务、取消或评价' onPress={() => go('bookings', { cadreId })} />
      <Section title={`为${data.cadre.name}预约上门服务`}>
        <ServiceTiles catalog={data} />
      </Section>
      <CallButton label={`不会操作？打电话给${data.community.name}`} phone={data.community.dutyPhone} />
    </View>
  )
}

// The services for one cadre, opened by staff from the roster (booking for cadres without a phone).
import { useRouter } from '@tarojs/taro'
import { Screen } from '../../../components/screen'
import { CatalogFor } from '../../../components/catalog-for'

export default function Catalog() {
  const { params } = useRouter()
  return (
    <Screen title='替老人预约服务'>
      <CatalogFor cadreId={String(params.cadreId ?? '')} />
    </Screen>
  )
}

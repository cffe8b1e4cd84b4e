// The services for one cadre, opened by staff from the roster (booking for cadres without a phone).
import { Screen } from '../../../components/screen'
import { CatalogFor } from '../../../components/catalog-for'
import { usePageParams } from '../../../routes'

export default function Catalog() {
  const params = usePageParams('catalog')
  return (
    <Screen title='替老人预约服务'>
      <CatalogFor cadreId={params.cadreId} />
    </Screen>
  )
}

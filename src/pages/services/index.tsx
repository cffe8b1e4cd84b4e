// 服务: the home services of 三到家、四上门. A cadre sees the services at once; family first choose whom
// they book for; staff and providers get their own desks (dispatch board, my tasks).
import { View } from '@tarojs/components'
import { useAction } from '../../api/useAction'
import { Screen } from '../../components/screen'
import { BigButton, Button } from '../../components/controls'
import { CatalogFor } from '../../components/catalog-for'
import { ForCadre } from '../../components/for-cadre'
import { Loading, Notice } from '../../components/notice'
import { go } from '../../routes'
import { LoadError } from '../../components/load-error'

export default function Services() {
  const { data, error, loading } = useAction('home.get', {})
  const role = data?.me.activeRole
  return (
    <Screen title='上门服务'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {role === 'cadre' && data?.me.cadre ? <CatalogFor cadreId={data.me.cadre.id} /> : null}
      {role === 'family' ? (
        <ForCadre cadres={data?.cadres ?? []} label='替哪位老人预约' empty='绑定老人以后，就可以替老人预约上门服务。'>
          {(cadreId) => <CatalogFor cadreId={cadreId} />}
        </ForCadre>
      ) : null}
      {role === 'staff' ? (
        <View>
          <BigButton label='派单台' hint='等待安排的预约、今天谁去哪家' onPress={() => go('dispatch')} />
          <Button label='替老人预约' hint='在名册里找到老人，再点“替他预约服务”' onPress={() => go('roster')} />
          <Button label='服务目录与人员' hint='价格、暂停、休息日' onPress={() => go('desk')} />
          <Button label='服务卡一览' hint='余额、充值、退款' onPress={() => go('cards')} />
        </View>
      ) : null}
      {role === 'provider' ? <BigButton label='我的任务' hint='今天要去的人家' onPress={() => go('providerTasks')} /> : null}
      {role === 'admin' ? (
        <View>
          <Notice kind='info' text='上门服务由老干部本人、家属或社区工作人员预约；老干部局在这里定各社区服务卡的政策。' />
          <BigButton label='服务卡政策' hint='各社区每年发多少、年底是否作废、多大金额要两人批准' onPress={() => go('cardPolicy')} />
          <Button label='老干部名册' hint='各社区的老干部' onPress={() => go('roster')} />
        </View>
      ) : null}
      {data && role === null ? <Notice kind='info' text='上门服务由老干部本人、家属或社区工作人员预约。' /> : null}
    </Screen>
  )
}

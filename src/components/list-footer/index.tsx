// The foot of every list read a page at a time: how many are shown of how many, and a big “加载更多” while some
// are not shown yet (scrolling to the bottom loads them too), so nobody takes a cut list for the whole one.
import { View, Text } from '@tarojs/components'
import type { ApiError } from '../../api'
import { Button } from '../controls'
import { Notice } from '../notice'

export interface ListFooterProps {
  shown: number
  total: number
  next: number | null
  loadingMore: boolean
  moreError: ApiError | null
  loadMore: () => Promise<void>
  /** What the list counts, e.g. “位老人”, “条消息”. */
  unit?: string
}

export function ListFooter({ shown, total, next, loadingMore, moreError, loadMore, unit = '条' }: ListFooterProps) {
  if (total === 0) return null
  return (
    <View className='list-footer' data-testid='list-footer'>
      {moreError ? <Notice kind='error' text={moreError.message} /> : null}
      {next !== null ? (
        <View>
          <Text className='t-body t-muted'>
            已显示 {shown} {unit}，共 {total} {unit}
          </Text>
          <Button
            kind='primary'
            label={loadingMore ? '正在加载…' : `加载更多（还有 ${total - shown} ${unit}）`}
            disabled={loadingMore}
            onPress={() => void loadMore()}
            testId='load-more'
          />
        </View>
      ) : (
        <Text className='t-body t-muted'>
          全部 {total} {unit}都在上面了
        </Text>
      )}
    </View>
  )
}

/** The count above a list, so the size of the whole is the first thing read. */
export function ListCount({ total, unit = '条', what }: { total: number; unit?: string; what: string }) {
  return <Notice kind='info' text={total === 0 ? `没有${what}` : `共 ${total} ${unit}${what}`} />
}

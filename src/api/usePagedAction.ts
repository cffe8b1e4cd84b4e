import { useCallback, useEffect, useRef, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { call, ApiError, type ActionOutput } from './index'
import { useAction } from './useAction'
import type { ActionInput, ActionName, Paged } from '@cloud/contracts'

/** Actions that answer a list a page at a time (`{ …, total, next }`) and take an `offset`. */
type PagedAction = {
  [A in ActionName]: ActionOutput<A> extends Paged ? ('offset' extends keyof ActionInput<A> ? A : never) : never
}[ActionName]

/** The fields of an action's answer that are the paged list. */
type ListKey<A extends ActionName> = {
  [K in keyof ActionOutput<A>]: ActionOutput<A>[K] extends readonly unknown[] ? K : never
}[keyof ActionOutput<A>]

type ItemOf<A extends ActionName, K extends ListKey<A>> = ActionOutput<A>[K] extends readonly (infer T)[] ? T : never

/**
 * A list read a page at a time: the first page loads like `useAction` (again on show and on pull-down, which starts
 * the list over); `loadMore` — called by the page's “加载更多” and when the person scrolls to the bottom — appends
 * the next page. `total` is how many there are in all, so the page can always say what is not shown yet. `also`
 * names a second list the same pages carry (an activity's waitlist after its confirmed sign-ups).
 */
export function usePagedAction<A extends PagedAction, K extends ListKey<A>, J extends ListKey<A> = K>(
  action: A,
  input: Omit<ActionInput<A>, 'offset'>,
  list: K,
  also?: J,
) {
  const first = useAction(action, input as ActionInput<A>)
  const [items, setItems] = useState<ItemOf<A, K>[]>([])
  const [alsoItems, setAlsoItems] = useState<ItemOf<A, J>[]>([])
  const [page, setPage] = useState<Paged>({ total: 0, next: null })
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<ApiError | null>(null)
  const generation = useRef(0)
  const keepShown = useRef(false)
  const key = JSON.stringify(input)

  const take = useCallback(
    (answer: ActionOutput<A>, append: boolean) => {
      const paged = answer as unknown as Record<K, ItemOf<A, K>[]> & Record<J, ItemOf<A, J>[]> & Paged
      setItems((shown) => [...(append ? shown : []), ...paged[list]])
      if (also) setAlsoItems((shown) => [...(append ? shown : []), ...paged[also]])
      setPage({ total: paged.total, next: paged.next })
      setMoreError(null)
    },
    [list, also],
  )

  useEffect(() => {
    if (keepShown.current) {
      keepShown.current = false
      return
    }
    generation.current++
    setLoadingMore(false)
    if (first.data) take(first.data, false)
  }, [first.data, take])

  /** Shows new counts and headings (after an action on one row) without starting the list over. */
  const { setData } = first
  const setSummary = useCallback(
    (data: ActionOutput<A>) => {
      keepShown.current = true
      setData(data)
    },
    [setData],
  )

  const loadMore = useCallback(async () => {
    if (loadingMore || page.next === null) return
    const mine = generation.current
    setLoadingMore(true)
    try {
      const answer = await call(action, { ...(JSON.parse(key) as object), offset: page.next } as ActionInput<A>)
      if (mine === generation.current) take(answer, true)
    } catch (e) {
      if (mine === generation.current) setMoreError(e instanceof ApiError ? e : new ApiError('NETWORK', '网络不太好，请稍后再试'))
    } finally {
      if (mine === generation.current) setLoadingMore(false)
    }
  }, [action, key, loadingMore, page.next, take])

  useReachBottom(() => void loadMore())
  return { ...first, setSummary, items, setItems, alsoItems, total: page.total, next: page.next, loadMore, loadingMore, moreError }
}

import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { call, ApiError, type ActionOutput } from './index'
import type { ActionInput, ActionName } from '@cloud/contracts'

/**
 * Loads an action's data when the component mounts or its input changes, and again every time the page shows after
 * being hidden (so returning from a form shows fresh data). Only the latest load's answer is shown: a slow earlier
 * answer arriving late never overwrites a newer one.
 */
export function useAction<A extends ActionName>(action: A, input: ActionInput<A>) {
  const [data, setData] = useState<ActionOutput<A> | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(true)
  const key = JSON.stringify(input)
  const latest = useRef(0)
  const hidden = useRef(false)
  const reload = useCallback(async () => {
    const mine = ++latest.current
    setLoading(true)
    try {
      const answer = await call(action, JSON.parse(key) as ActionInput<A>)
      if (mine !== latest.current) return
      setData(answer)
      setError(null)
    } catch (e) {
      if (mine !== latest.current) return
      setError(e instanceof ApiError ? e : new ApiError('NETWORK', '网络不太好，请稍后再试'))
    } finally {
      if (mine === latest.current) setLoading(false)
      stopPullDownRefresh()
    }
  }, [action, key])
  useEffect(() => void reload(), [reload])
  // The first show of a page comes right after its mount, which has loaded already.
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    void reload()
  })
  usePullDownRefresh(() => void reload())
  return { data, error, loading, reload, setData }
}

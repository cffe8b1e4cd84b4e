import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro'
import { call, ApiError, type ActionOutput } from './index'
import type { ActionInput, ActionName } from '../../cloudfunctions/lib/contracts'

/**
 * Loads an action's data when the component mounts or its input changes, and again every time the page shows
 * (so returning from a form shows fresh data). Components that appear after the page has shown load too.
 */
export function useAction<A extends ActionName>(action: A, input: ActionInput<A>) {
  const [data, setData] = useState<ActionOutput<A> | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(true)
  const key = JSON.stringify(input)
  const lastLoad = useRef(0)
  const reload = useCallback(async () => {
    lastLoad.current = Date.now()
    setLoading(true)
    try {
      setData(await call(action, JSON.parse(key) as ActionInput<A>))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('NETWORK', '网络不太好，请稍后再试'))
    } finally {
      setLoading(false)
      stopPullDownRefresh()
    }
  }, [action, key])
  useEffect(() => void reload(), [reload])
  // The first show of a page comes right after its mount: one load is enough.
  useDidShow(() => {
    if (Date.now() - lastLoad.current > 1000) void reload()
  })
  usePullDownRefresh(() => void reload())
  return { data, error, loading, reload, setData }
}

// Elder mode and WeChat's font-size setting, as one text scale every page reads.
import { createContext, useCallback, useContext, useMemo, useState, type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'

const STORAGE_KEY = 'elderMode'
const ELDER_SCALE = 1.25

interface ElderState {
  elder: boolean
  /** Multiplies every text and control size: elder mode × WeChat's font-size setting. */
  scale: number
  setElder: (on: boolean) => void
}

const ElderContext = createContext<ElderState>({ elder: true, scale: ELDER_SCALE, setElder: () => {} })

/** WeChat's own font-size setting (1 = standard); 1 where the platform does not tell. The local H5 build
 *  takes `fontScaleOverride` from storage instead, so the page tests can try the largest setting. */
export function systemFontScale(): number {
  if (LOCAL_MODE) {
    const override = Number(Taro.getStorageSync('fontScaleOverride'))
    if (override > 0) return override
  }
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeScaleFactor?: number }
    const f = Number(info.fontSizeScaleFactor)
    return Number.isFinite(f) && f > 0 ? Math.min(Math.max(f, 1), 2) : 1
  } catch {
    return 1
  }
}

export function ElderProvider({ children }: PropsWithChildren) {
  const [elder, setElderState] = useState<boolean>(() => {
    const stored = Taro.getStorageSync(STORAGE_KEY)
    return stored === '' ? true : stored === true || stored === 'true'
  })
  const setElder = useCallback((on: boolean) => {
    setElderState(on)
    Taro.setStorageSync(STORAGE_KEY, on)
  }, [])
  const value = useMemo(
    () => ({ elder, setElder, scale: Math.round((elder ? ELDER_SCALE : 1) * systemFontScale() * 100) / 100 }),
    [elder, setElder],
  )
  return <ElderContext.Provider value={value}>{children}</ElderContext.Provider>
}

export const useElder = () => useContext(ElderContext)

import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { ElderProvider } from './components/elder'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
  })
  return <ElderProvider>{children}</ElderProvider>
}

export default App

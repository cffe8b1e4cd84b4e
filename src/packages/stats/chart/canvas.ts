// A 2D drawing surface for the element with this id, sized in device pixels: WeChat's type="2d" canvas node on the
// phone, a plain <canvas> inside the host element on H5. null where there is none (an old base library, the test
// simulator, which never answers the query), and the chart then shows its table.
import Taro from '@tarojs/taro'

export interface Surface {
  context: unknown
  width: number
  height: number
  pixelRatio: number
}

const pixelRatioOf = () => {
  try {
    return Math.min(3, Math.max(1, Taro.getSystemInfoSync().pixelRatio || 1))
  } catch {
    return 1
  }
}

function browserSurface(id: string): Surface | null {
  const host = document.getElementById(id)
  if (!host || !host.clientWidth) return null
  const canvas = host.querySelector('canvas') ?? host.appendChild(document.createElement('canvas'))
  const pixelRatio = window.devicePixelRatio || 1
  canvas.style.width = '100%'
  canvas.style.height = '100%'
  canvas.width = Math.round(host.clientWidth * pixelRatio)
  canvas.height = Math.round(host.clientHeight * pixelRatio)
  const context = canvas.getContext('2d')
  return context ? { context, width: canvas.width, height: canvas.height, pixelRatio } : null
}

type CanvasNode = { width: number; height: number; getContext?: (kind: '2d') => unknown }

/** How long to wait for WeChat to answer the query before showing the table instead. */
const ANSWER_MS = 1500

function weappSurface(id: string): Promise<Surface | null> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(null), ANSWER_MS)
    try {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: ({ node?: CanvasNode; width?: number; height?: number } | null)[]) => {
          const found = res?.[0]
          const canvas = found?.node
          const context = canvas?.getContext?.('2d')
          if (!canvas || !context || !found?.width || !found.height) return resolve(null)
          const pixelRatio = pixelRatioOf()
          canvas.width = Math.round(found.width * pixelRatio)
          canvas.height = Math.round(found.height * pixelRatio)
          resolve({ context, width: canvas.width, height: canvas.height, pixelRatio })
        })
    } catch {
      resolve(null)
    }
  })
}

export async function surfaceFor(id: string): Promise<Surface | null> {
  return process.env.TARO_ENV === 'h5' ? browserSurface(id) : weappSurface(id)
}

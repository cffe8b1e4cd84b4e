// What WeChat's 转发 (and 朋友圈 where a page allows it) sends: a card with the thing's title and picture that opens
// this page for it. Someone not bound who opens it sees the way to bind (LoadError), never another family's data.
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { urlOf, type Route, type RouteParams } from '../routePaths'

export interface ShareCard<R extends Route> {
  title: string
  route: R
  params: RouteParams[R]
  imageUrl?: string
}

const pathOf = (c: ShareCard<Route>) => (urlOf as (r: Route, p?: object) => string)(c.route, c.params)

/** The share card of this page, from what it shows (null while it loads: WeChat then shares the page itself). */
export function useShareCard<R extends Route>(card: () => ShareCard<R> | null, timeline = false): void {
  useShareAppMessage(() => {
    const c = card()
    if (!c) return {}
    const path = pathOf(c)
    return { title: c.title, path, ...(c.imageUrl ? { imageUrl: c.imageUrl } : {}) }
  })
  // 朋友圈 opens the page with its query only (no path): the same parameters.
  useShareTimeline(() => {
    const c = timeline ? card() : null
    if (!c) return {}
    const query = pathOf(c).split('?')[1] ?? ''
    return { title: c.title, query, ...(c.imageUrl ? { imageUrl: c.imageUrl } : {}) }
  })
}

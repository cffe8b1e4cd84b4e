// Opening pages by name: go('booking', { id }), and reading a page's parameters: usePageParams('booking').
import Taro, { useRouter } from '@tarojs/taro'
import { TABS, urlOf, type Args, type Route, type RouteParams } from './routePaths'

export { urlOf, type Route, type RouteParams } from './routePaths'

/** Opens a page on top of this one (a tab page is switched to). */
export function go<R extends Route>(route: R, ...params: Args<R>): void {
  const url = urlOf(route, ...params)
  void (TABS.includes(route) ? Taro.switchTab({ url }) : Taro.navigateTo({ url }))
}

/** Opens a page in place of this one, so 返回 does not come back to a form already sent. */
export function goInstead<R extends Route>(route: R, ...params: Args<R>): void {
  const url = urlOf(route, ...params)
  void (TABS.includes(route) ? Taro.switchTab({ url }) : Taro.redirectTo({ url }))
}

/** Back to the page before; if there is none (opened from a link or a share), to the given page instead. */
export function goBackOr<R extends Route>(route: R, ...params: Args<R>): void {
  void Taro.navigateBack().catch(() => goInstead(route, ...params))
}

function decoded(v: string): string {
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}

/** The page's parameters, decoded; a missing one is ''. */
export function usePageParams<R extends Route>(_route: R): { [K in keyof RouteParams[R]]-?: string } {
  const { params } = useRouter()
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') out[k] = decoded(v)
  return new Proxy(out, { get: (o, k: string) => o[k] ?? '' }) as { [K in keyof RouteParams[R]]-?: string }
}

// The typed routes and the app's page list are two views of one set: a page cannot be linked without being
// registered, and a registered page always has a name.
import { PATHS, TABS, urlOf } from '../../../src/routePaths'

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  tabBar: { list: { pagePath: string }[] }
}

async function appConfig(env: 'weapp' | 'h5'): Promise<AppConfig> {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = env
  ;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c
  let config
  await jest.isolateModulesAsync(async () => {
    config = (await import('../../../src/app.config')).default
  })
  process.env.TARO_ENV = previous
  return config as unknown as AppConfig
}

const pagesOf = (c: AppConfig) => [...c.pages, ...c.subPackages.flatMap((p) => p.pages.map((x) => `${p.root}/${x}`))]

describe('routes', () => {
  it('name every page of the H5 build, and only those', async () => {
    expect(Object.values(PATHS).sort()).toEqual(pagesOf(await appConfig('h5')).sort())
  })

  it('leave the demo identity picker out of the weapp build', async () => {
    const weapp = pagesOf(await appConfig('weapp'))
    expect(weapp).not.toContain(PATHS.picker)
    expect(Object.values(PATHS).filter((p) => !weapp.includes(p))).toEqual([PATHS.picker])
  })

  it('switch to exactly the tab bar pages', async () => {
    expect(TABS.map((t) => PATHS[t])).toEqual((await appConfig('weapp')).tabBar.list.map((t) => t.pagePath))
  })

  it('encode every value and leave out the empty ones', () => {
    expect(urlOf('book', { cadreId: 'c1', key: 'study', note: '送学：a&b=c' })).toBe(
      `/packages/services/book/index?cadreId=c1&key=study&note=${encodeURIComponent('送学：a&b=c')}`,
    )
    expect(urlOf('card', { cadreId: 'c1', staff: undefined })).toBe('/packages/account/card/index?cadreId=c1')
    expect(urlOf('home')).toBe('/pages/home/index')
  })
})

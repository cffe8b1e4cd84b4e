import Taro from '@tarojs/taro'

const ME_TAB = 3

/** The number of unread messages as a badge on the 我的 tab, or none. */
export function showUnread(n: number): void {
  const shown = n > 0 ? Taro.setTabBarBadge({ index: ME_TAB, text: n > 99 ? '99+' : String(n) }) : Taro.removeTabBarBadge({ index: ME_TAB })
  // Off a tab page there is no tab bar to mark; the next tab page shows the count.
  void Promise.resolve(shown).catch(() => undefined)
}

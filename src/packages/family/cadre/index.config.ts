export default definePageConfig({
  navigationBarTitleText: '老人详情',
  enablePullDownRefresh: true,
  usingComponents: process.env.TARO_ENV === 'weapp' ? { 'sos-button': '../../../native/sos-button/index' } : {},
})

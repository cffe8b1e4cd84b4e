export default definePageConfig({
  navigationBarTitleText: '就近',
  enablePullDownRefresh: true,
  // The 一键通 button is a native component on the phone (src/native); the browser build uses its counterpart.
  usingComponents: process.env.TARO_ENV === 'weapp' ? { 'sos-button': '../../native/sos-button/index' } : {},
})

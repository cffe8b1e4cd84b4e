export default definePageConfig({
  enableShareAppMessage: true,
  enableShareTimeline: true,
  navigationBarTitleText: '宣传栏',
  enablePullDownRefresh: true,
})

export default definePageConfig({ navigationBarTitleText: '派单台', enablePullDownRefresh: true })

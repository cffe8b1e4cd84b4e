export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '活动详情', enablePullDownRefresh: true })

export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '预约详情', enablePullDownRefresh: true })

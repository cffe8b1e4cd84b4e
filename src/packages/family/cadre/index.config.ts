export default definePageConfig({ navigationBarTitleText: '老人详情', enablePullDownRefresh: true })

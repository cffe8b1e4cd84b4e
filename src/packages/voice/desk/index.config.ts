export default definePageConfig({ navigationBarTitleText: '意见建议办理', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '意见建议', enablePullDownRefresh: true })

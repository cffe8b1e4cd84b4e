export default definePageConfig({ navigationBarTitleText: '老干部名册', enablePullDownRefresh: true })

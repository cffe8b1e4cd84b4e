export default definePageConfig({ navigationBarTitleText: '局里的通知', enablePullDownRefresh: true })

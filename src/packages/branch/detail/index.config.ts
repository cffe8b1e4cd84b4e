export default definePageConfig({ navigationBarTitleText: '党支部', enablePullDownRefresh: true })

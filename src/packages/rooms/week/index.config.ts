export default definePageConfig({ navigationBarTitleText: '六室一站', enablePullDownRefresh: true })

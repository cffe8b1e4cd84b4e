export default definePageConfig({ navigationBarTitleText: '就近', enablePullDownRefresh: true })

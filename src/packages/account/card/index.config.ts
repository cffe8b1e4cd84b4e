export default definePageConfig({ navigationBarTitleText: '服务卡', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '服务卡一览', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '作品与志愿审核', enablePullDownRefresh: true })

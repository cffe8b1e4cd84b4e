export default definePageConfig({ navigationBarTitleText: '一键通值班台', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '服务目录与人员', enablePullDownRefresh: true })

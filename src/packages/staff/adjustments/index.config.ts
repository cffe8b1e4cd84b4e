export default definePageConfig({ navigationBarTitleText: '服务卡调整审批', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '服务卡月度台帐', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '活动名单与签到', enablePullDownRefresh: true })

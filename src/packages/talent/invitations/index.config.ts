export default definePageConfig({ navigationBarTitleText: '社区的邀请', enablePullDownRefresh: true })

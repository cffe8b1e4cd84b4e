export default definePageConfig({ navigationBarTitleText: '离退休党支部', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '告诉社区' })

export default definePageConfig({ navigationBarTitleText: '发布资料' })

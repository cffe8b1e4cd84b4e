export default definePageConfig({ navigationBarTitleText: '改信息' })

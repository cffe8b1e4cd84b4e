export default definePageConfig({ navigationBarTitleText: '健康信息' })

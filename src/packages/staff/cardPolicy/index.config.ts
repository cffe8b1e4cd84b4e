export default definePageConfig({ navigationBarTitleText: '服务卡政策' })

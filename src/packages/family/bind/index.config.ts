export default definePageConfig({ navigationBarTitleText: '绑定家中老人' })

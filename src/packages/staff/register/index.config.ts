export default definePageConfig({ navigationBarTitleText: '登记老干部' })

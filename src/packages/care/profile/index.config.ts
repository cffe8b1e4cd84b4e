export default definePageConfig({ navigationBarTitleText: '照护档案' })

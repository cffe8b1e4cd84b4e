export default definePageConfig({ navigationBarTitleText: '修改照护档案' })

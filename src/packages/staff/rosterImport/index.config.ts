export default definePageConfig({ navigationBarTitleText: '从表格导入名册' })

export default definePageConfig({ navigationBarTitleText: '发布问卷' })

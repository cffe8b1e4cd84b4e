export default definePageConfig({ navigationBarTitleText: '答问卷' })

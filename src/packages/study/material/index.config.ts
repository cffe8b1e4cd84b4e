export default definePageConfig({ enableShareAppMessage: true, navigationBarTitleText: '学习资料' })

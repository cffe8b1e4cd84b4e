export default definePageConfig({ navigationBarTitleText: '老干部本人登记' })

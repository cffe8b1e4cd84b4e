export default definePageConfig({ navigationBarTitleText: '考核与满意度' })

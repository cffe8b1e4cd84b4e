export default definePageConfig({ navigationBarTitleText: '以谁的身份体验' })

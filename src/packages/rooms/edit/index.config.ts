export default definePageConfig({ navigationBarTitleText: '屋子的信息' })

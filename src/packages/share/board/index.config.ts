export default definePageConfig({ navigationBarTitleText: '宣传栏', enablePullDownRefresh: true })

export default definePageConfig({ navigationBarTitleText: '网格与分片包干' })

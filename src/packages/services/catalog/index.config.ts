export default definePageConfig({ navigationBarTitleText: '替老人预约' })

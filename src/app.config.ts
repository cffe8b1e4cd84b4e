// Tab pages live in the main package; everything else in subpackages so the first open stays small.
// The demo identity picker exists only in the local H5 build.
const devPages = process.env.TARO_ENV === 'h5' ? [{ root: 'packages/dev', pages: ['picker/index'] }] : []

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/services/index', 'pages/activities/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/family', pages: ['bind/index', 'cadre/index', 'cadreEdit/index', 'report/index'] },
    { root: 'packages/account', pages: ['claim/index', 'messages/index', 'card/index'] },
    {
      root: 'packages/staff',
      pages: [
        'roster/index',
        'register/index',
        'rosterImport/index',
        'grids/index',
        'dispatch/index',
        'desk/index',
        'cards/index',
        'adjustments/index',
        'statement/index',
        'cardPolicy/index',
        'reminderPolicy/index',
        'sos/index',
        'tasks/index',
        'visit/index',
        'pairing/index',
      ],
    },
    { root: 'packages/services', pages: ['catalog/index', 'book/index', 'bookings/index', 'booking/index'] },
    { root: 'packages/provider', pages: ['tasks/index'] },
    { root: 'packages/activity', pages: ['detail/index', 'edit/index', 'manage/index', 'roster/index'] },
    { root: 'packages/study', pages: ['list/index', 'material/index', 'manage/index', 'edit/index'] },
    { root: 'packages/share', pages: ['board/index', 'review/index'] },
    { root: 'packages/voice', pages: ['list/index', 'desk/index'] },
    { root: 'packages/rooms', pages: ['week/index', 'edit/index'] },
    { root: 'packages/notices', pages: ['list/index'] },
    { root: 'packages/branch', pages: ['list/index', 'detail/index'] },
    { root: 'packages/talent', pages: ['search/index', 'invitations/index'] },
    { root: 'packages/stats', pages: ['dashboard/index'] },
    { root: 'packages/care', pages: ['profile/index', 'edit/index', 'health/index', 'accessLog/index', 'contactCard/index'] },
    ...devPages,
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#a3231b',
    navigationBarTitleText: '就近',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f7f4ee',
  },
  tabBar: {
    color: '#3d3d3d',
    selectedColor: '#a3231b',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/services/index', text: '服务' },
      { pagePath: 'pages/activities/index', text: '活动' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
})

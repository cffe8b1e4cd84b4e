// Four kinds of test (ARCHITECTURE.md): unit (pure rules), cloud (functions through the real wx-server-sdk
// against localcloud), mp (miniprogram-simulate on the weapp build), e2e (Chromium on the H5 build).
const ts = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        isolatedModules: true,
        module: 'commonjs',
        moduleResolution: 'node',
        jsx: 'react-jsx',
        esModuleInterop: true,
        target: 'ES2022',
      },
    },
  ],
}
const common = {
  transform: ts,
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/cloudfunctions/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The mini-program's alias for the cloud code (tsconfig.json, config/index.ts).
  moduleNameMapper: { '^@cloud/(.*)$': '<rootDir>/cloudfunctions/lib/$1' },
}

// The date-heavy cloud suites again as if it were three other moments of a Shanghai day: just after midnight,
// the daily job's 08:00 (midnight in UTC), and ten minutes before midnight (a file that crosses into the next day).
// A test that passes only at some hours fails here. Each file of these projects starts at its project's moment
// (test/support/moment.ts); they run beside the others in the same workers.
const DATE_HEAVY = [
  'features/reminders/reminders',
  'features/reminders/sweeps',
  'features/reminders/policy',
  'features/push/push',
  'features/services/booking',
  'features/sos/sos',
  'features/activities/activities',
  'features/card/card',
  'features/pairing/pairing',
  'features/voice/voice',
  'features/rooms/rooms',
  'features/branches/branches',
  'features/surveys/surveys',
  'features/assessment/assessment',
  'localcloud/host',
]
const MOMENTS = { '00:05': '2027-01-28T00:05:00+08:00', '08:00': '2027-01-28T08:00:00+08:00', '23:50': '2027-01-28T23:50:00+08:00' }
const atMoments = Object.entries(MOMENTS).map(([hour, at]) => ({
  ...common,
  displayName: `cloud@${hour}`,
  testEnvironment: 'node',
  testMatch: DATE_HEAVY.map((suite) => `<rootDir>/test/cloud/${suite}.test.ts`),
  globalSetup: '<rootDir>/test/cloud/setup.ts',
  setupFiles: ['<rootDir>/test/support/moment.ts'],
  globals: { LOCALCLOUD_NOW: at },
}))

module.exports = {
  // Whole-journey and gate tests make hundreds of real calls; a slow machine must not fail them on time.
  testTimeout: 240000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'cloud',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/cloud/**/*.test.ts'],
      globalSetup: '<rootDir>/test/cloud/setup.ts',
    },
    ...atMoments,
    {
      ...common,
      displayName: 'mp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/mp/**/*.test.ts'],
      snapshotSerializers: ['miniprogram-simulate/jest-snapshot-plugin'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/setup.ts',
    },
  ],
}

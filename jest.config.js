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

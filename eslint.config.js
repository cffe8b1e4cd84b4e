// typescript-eslint's recommended rules for all TypeScript, React hooks rules for the mini-program.
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')

module.exports = tseslint.config(
  { ignores: ['dist/**', '**/node_modules/**', '.localcloud/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Pure rules: no database, no wx-server-sdk, no network or files, and no clock of their own (it is passed in),
    // so each is tested with plain values and gives the same answer at any hour.
    files: ['cloudfunctions/lib/features/*/rules.ts', 'cloudfunctions/lib/features/*/*.rules.ts', 'cloudfunctions/lib/core/*.rules.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Values only from other pure modules (rules, the kinds lists, the input shapes, errors); types from anywhere.
              regex: '^\\.\\.?/(?!(.*/)?(rules|[\\w]+\\.rules|categories|templates|shapes|errors|contract)$)',
              allowTypeImports: true,
              message: '规则里不做 I/O：只引用别的规则（rules.ts、*.rules.ts）和契约里的类型，读写放在操作里。',
            },
            { group: ['wx-server-sdk', 'node:*', 'fs', 'http', 'https', 'child_process'], message: '规则里不做 I/O。' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: '规则不自己看钟：把时间当参数传进来。' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: '规则不自己看钟：把时间当参数传进来。',
        },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: '规则不用随机数：结果要能重现。' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Native mini-program components run in WeChat's own JS environment.
    files: ['src/native/**/*.js'],
    languageOptions: { globals: { Component: 'readonly', wx: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
  },
)

import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// Local H5 builds talk to the localcloud host on the same origin; the weapp build calls CloudBase.
const isLocalH5 = process.env.TARO_ENV === 'h5'

// The files of cloud code the pages import values from (lists of kinds and the WeChat templates, no imports of
// their own): compiled like the mini-program's own sources, so the lists are written once.
const shared = {
  include: [
    'core/categories.ts',
    'core/functions.ts',
    'features/push/templates.ts',
    'features/voice/rules.ts',
    'features/surveys/rules.ts',
    'features/assessment/scheme.rules.ts',
  ].map((f) => path.resolve(__dirname, '../cloudfunctions/lib', f)),
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiujin',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_OUT || `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV || ''),
      LOCAL_MODE: JSON.stringify(isLocalH5),
      PHONE_BUTTON: JSON.stringify(process.env.WECHAT_PHONE_BUTTON !== 'off'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // The cloud code's contracts (types) and kinds lists, as `@cloud/…` (tsconfig.json has the same alias).
    alias: { '@cloud': path.resolve(__dirname, '../cloudfunctions/lib') },
    // No persistent cache: a warm cache has twice given a build that mixed old and new modules across subpackages
    // (the same sub-common chunk written with different contents); a fresh build costs seconds and is always whole.
    cache: { enable: false },
    mini: {
      compile: shared,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile: shared,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        // Taro's own H5 tab bar and date wheel are sized in CSS px, untouched by the design-width transform.
        pxtransform: { enable: true, config: { selectorBlackList: ['weui-tabbar', 'weui-picker'] } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})

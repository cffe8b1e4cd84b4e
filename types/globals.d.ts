// Constants Taro's build defines (config/index.ts).
declare const CLOUD_ENV: string
declare const LOCAL_MODE: boolean

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
  }
}

// Constants Taro's build defines (config/index.ts).
declare const CLOUD_ENV: string
declare const LOCAL_MODE: boolean
/** The phone-number button may be offered (a verified mini-program); WECHAT_PHONE_BUTTON=off turns it off. */
declare const PHONE_BUTTON: boolean

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
  }
}

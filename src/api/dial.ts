import Taro from '@tarojs/taro'

/**
 * Dials a number: the phone's own dialler in the mini-program, and in a phone's browser. A desktop browser cannot
 * dial, and launching a tel: address there opens the system's “open with” prompt, which takes every later tap
 * away from the page (我没事了 right after 一键求助 went nowhere): there the number is shown to call by hand and
 * noted on the page (`data-dialled`), which the browser tests read.
 */
export function dial(phone: string): void {
  const number = phone.replace(/-/g, '')
  if (process.env.TARO_ENV === 'h5' && navigator.maxTouchPoints === 0) {
    document.body.dataset.dialled = number
    void Taro.showToast({ title: `请用电话拨打 ${phone}`, icon: 'none', duration: 3000 })
    return
  }
  void Taro.makePhoneCall({ phoneNumber: number }).catch(() => {})
}

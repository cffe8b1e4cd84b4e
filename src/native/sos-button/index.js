// 一键通 button, hand-written as a native component so the press, the countdown and the cancel respond at once
// on old phones (no framework between the tap and the screen). A press starts a countdown; 取消 stops it;
// when it runs out the component fires `confirm` once, and the page stores the call and dials the duty line.
Component({
  properties: {
    label: { type: String, value: '一键求助' },
    seconds: { type: Number, value: 5 },
  },
  data: { state: 'idle', left: 5 },
  lifetimes: {
    detached() {
      this.stop()
    },
  },
  methods: {
    press() {
      if (this.data.state !== 'idle') return
      this.setData({ state: 'counting', left: this.data.seconds })
      this.timer = setInterval(() => this.tick(), 1000)
      this.triggerEvent('start')
    },
    tick() {
      const left = this.data.left - 1
      if (left > 0) return this.setData({ left })
      this.stop()
      this.setData({ state: 'idle', left: this.data.seconds })
      this.triggerEvent('confirm')
    },
    cancel() {
      this.stop()
      this.setData({ state: 'idle', left: this.data.seconds })
      this.triggerEvent('cancel')
    },
    stop() {
      if (this.timer) clearInterval(this.timer)
      this.timer = null
    },
  },
})

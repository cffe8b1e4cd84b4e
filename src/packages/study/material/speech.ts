// Reading aloud where the platform can: the browser's speech synthesis in the H5 build. The weapp build has
// no speech plugin configured, so there the page offers other ways instead of a button that does nothing.
export const canReadAloud = () => process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && 'speechSynthesis' in window

/** How long to wait for the voice to start before telling the person this phone cannot read Chinese aloud. */
const START_WITHIN_MS = 2500

/** False when the phone has listed its voices and none speaks Chinese; true when it has or has not listed them yet. */
function mayHaveChineseVoice(): boolean {
  const voices = window.speechSynthesis.getVoices()
  return voices.length === 0 || voices.some((v) => v.lang.toLowerCase().startsWith('zh'))
}

/** Reads the text slowly; `onSilent` when no Chinese voice starts (none installed, or the browser stays quiet). */
export function readAloud(text: string, on: { end: () => void; silent: () => void }) {
  window.speechSynthesis.cancel()
  if (!mayHaveChineseVoice()) return on.silent()
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.lang = 'zh-CN'
  // A little slower than usual, for older ears.
  utterance.rate = 0.8
  let started = false
  const silence = setTimeout(() => {
    if (started) return
    window.speechSynthesis.cancel()
    on.silent()
  }, START_WITHIN_MS)
  utterance.onstart = () => {
    started = true
  }
  utterance.onend = () => {
    clearTimeout(silence)
    if (started) on.end()
  }
  utterance.onerror = utterance.onend
  window.speechSynthesis.speak(utterance)
}

export const stopReading = () => window.speechSynthesis.cancel()

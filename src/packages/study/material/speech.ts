// Reading aloud where the platform can: the browser's speech synthesis in the H5 build. The weapp build has
// no speech plugin configured, so there the page offers other ways instead of a button that does nothing.
export const canReadAloud = () => process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && 'speechSynthesis' in window

export function readAloud(text: string, onEnd: () => void) {
  window.speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.lang = 'zh-CN'
  // A little slower than usual, for older ears.
  utterance.rate = 0.8
  utterance.onend = onEnd
  utterance.onerror = onEnd
  window.speechSynthesis.speak(utterance)
}

export const stopReading = () => window.speechSynthesis.cancel()

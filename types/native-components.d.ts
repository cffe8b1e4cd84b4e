// The hand-written native components (src/native) as JSX elements of the weapp build.
import 'react'

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sos-button': { label?: string; seconds?: number; onConfirm?: () => void; onCancel?: () => void; onStart?: () => void }
    }
  }
}

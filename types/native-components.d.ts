// The hand-written native components (src/native) as JSX elements of the weapp build.
import 'react'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sos-button': { label?: string; seconds?: number; onConfirm?: () => void; onCancel?: () => void; onStart?: () => void }
    }
  }
}

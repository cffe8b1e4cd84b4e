// The stored record of an uploaded file. Storage itself knows nothing of who uploaded what: this record does.
import type { FilePurpose } from './rules'

export interface FileDoc {
  _id: string
  /** The `cloud://` ID the upload gets, known before the upload (the path is ours). */
  fileId: string
  cloudPath: string
  purpose: FilePurpose
  uploadedBy: string
  /** pending: a place to upload was given; ready: the bytes arrived and were checked; used: a record points at it. */
  state: 'pending' | 'ready' | 'used'
  /** How many bytes, once checked. */
  size?: number
  createdAt: Date
}

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
  /** What the bytes are (by their content), and how many, once checked. */
  type?: string
  size?: number
  /** The record that uses it, so deleting the record deletes the file. */
  usedBy?: { collection: string; id: string }
  createdAt: Date
}

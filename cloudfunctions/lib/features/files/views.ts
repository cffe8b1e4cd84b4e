// What the file actions answer.

export interface PreparedUpload {
  fileRef: string
  cloudPath: string
}

export interface CheckedUpload {
  fileRef: string
  /** A temporary address to show the photo right away. */
  url: string
  /** What a record is given to take this file (./tickets.ts). */
  ticket: string
}

/** A photo on a record, as a page shows it: its reference and a temporary address ('' if it is gone). */
export interface PhotoView {
  fileRef: string
  url: string
}

/** A file made for the caller: its name to save it under and a temporary address (two hours) to fetch it from. */
export interface DownloadView {
  fileName: string
  url: string
}

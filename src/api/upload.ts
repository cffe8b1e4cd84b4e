// One way to upload a photo on both builds: shrink it on the phone (long side ≤ 1600 px), ask the api for a place,
// send the bytes there (wx.cloud.uploadFile on weapp, the local host on H5) with progress, try again if the network
// drops, and have the api check it. The answer is the ticket a record takes the photo by, and an address to show it.
import Taro from '@tarojs/taro'
import type { ActionInput } from '@cloud/contracts'
import { call, ApiError } from './index'

/** What an upload is for: a photo about a cadre (anyone acting for them), or the community's own (its staff). */
export type UploadAbout =
  { cadreId: string; purpose: ActionInput<'file.prepare'>['purpose'] } | { purpose: ActionInput<'file.prepareForCommunity'>['purpose'] }

/** A photo as the phone hands it over (chooseMedia / chooseImage): a local path and its size in bytes. */
export interface PickedPhoto {
  path: string
  size: number
}

const LONG_SIDE = 1600
const MAX_BEFORE_SHRINKING = 10 * 1024 * 1024
const TRIES = 3

export const TOO_BIG = '这张照片太大了（超过 10 MB），请换一张'

/** Asks for up to `count` photos from the album or the camera. */
export async function choosePhotos(count: number): Promise<PickedPhoto[]> {
  if (process.env.TARO_ENV === 'weapp') {
    // Taro passes chooseMedia through unwrapped: callbacks work on every base library, a promise only on newer ones.
    const r = await new Promise<Taro.chooseMedia.SuccessCallbackResult>((success, fail) =>
      Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'], success, fail }),
    )
    return r.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size }))
  }
  const r = await Taro.chooseImage({ count, sourceType: ['album', 'camera'] })
  return r.tempFiles.map((f) => ({ path: f.path, size: f.size }))
}

/** The photo shrunk to a long side of at most 1600 px, as a jpeg: a path on weapp, the bytes on H5. */
async function shrink(photo: PickedPhoto): Promise<{ path: string } | { blob: Blob }> {
  if (process.env.TARO_ENV === 'weapp') {
    const { width, height } = await Taro.getImageInfo({ src: photo.path })
    if (Math.max(width, height) <= LONG_SIDE) return { path: photo.path }
    const side = width >= height ? { compressedWidth: LONG_SIDE } : { compressedHeight: LONG_SIDE }
    const r = await Taro.compressImage({ src: photo.path, quality: 80, ...side } as Taro.compressImage.Option)
    return { path: r.tempFilePath }
  }
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = photo.path
  })
  const scale = Math.min(1, LONG_SIDE / Math.max(image.naturalWidth, image.naturalHeight))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(image.naturalWidth * scale)
  canvas.height = Math.round(image.naturalHeight * scale)
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8))
  if (!blob) throw new Error('shrink failed')
  return { blob }
}

/** Sends the bytes to the place handed out; answers the file ID. The weapp build carries no trace of the local host. */
function send(cloudPath: string, shrunk: { path: string } | { blob: Blob }, onProgress: (percent: number) => void): Promise<string> {
  if (process.env.TARO_ENV === 'h5' && 'blob' in shrunk) return sendFromBrowser(cloudPath, shrunk.blob, onProgress)
  if ('path' in shrunk) {
    return new Promise((resolve, reject) => {
      const task = Taro.cloud.uploadFile({
        cloudPath,
        filePath: shrunk.path,
        success: (r) => resolve(r.fileID),
        fail: reject,
      }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void }
      task?.onProgressUpdate?.((p) => onProgress(p.progress))
    })
  }
  return Promise.reject(new Error('nothing to send'))
}

/** The local H5 build: what wx.cloud.uploadFile does, through the localcloud host, with upload progress. */
function sendFromBrowser(cloudPath: string, blob: Blob, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', `/__cloud/uploadFile?cloudPath=${encodeURIComponent(cloudPath)}`)
    xhr.withCredentials = true
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100))
    xhr.onload = () =>
      xhr.status === 200 ? resolve((JSON.parse(xhr.responseText) as { fileID: string }).fileID) : reject(new Error(xhr.responseText))
    xhr.onerror = () => reject(new Error('network'))
    xhr.send(blob)
  })
}

/** Uploads one photo; progress 0–100 as it goes. Throws an ApiError with plain words on failure. */
export async function uploadPhoto(photo: PickedPhoto, about: UploadAbout, onProgress: (percent: number) => void) {
  if (photo.size > MAX_BEFORE_SHRINKING) throw new ApiError('FILE_TOO_BIG', TOO_BIG)
  const shrunk = await shrink(photo)
  return uploadBytes(shrunk, about, 'blob' in shrunk ? 'jpg' : extOf(shrunk.path), onProgress, '照片')
}

/** A place from the api, the bytes sent there (tried again when the network drops), then checked by the api. */
async function uploadBytes(
  source: { path: string } | { blob: Blob },
  about: UploadAbout,
  ext: ActionInput<'file.prepare'>['ext'],
  onProgress: (percent: number) => void,
  what: string,
) {
  const { fileRef, cloudPath } = await ('cadreId' in about
    ? call('file.prepare', { ...about, ext })
    : call('file.prepareForCommunity', { ...about, ext }))
  let fileId = ''
  for (let attempt = 1; !fileId; attempt++) {
    try {
      fileId = await send(cloudPath, source, onProgress)
    } catch {
      // A dropped upload starts again (the same place); after the last try the person is told.
      if (attempt >= TRIES) throw new ApiError('NETWORK', `${what}没传上去，网络不太好。请再试一次`)
      onProgress(0)
    }
  }
  return call('file.check', { fileRef, fileId })
}

/** A spreadsheet picked on the phone (from a WeChat chat, or the computer's disk on PC WeChat) or in the browser. */
export interface PickedSheet {
  name: string
  size: number
  source: { path: string } | { blob: Blob }
}

const SHEET_MAX = 5 * 1024 * 1024

/** Asks for one .xlsx or .csv file; null if the person closed the chooser. */
export async function chooseSheet(): Promise<PickedSheet | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.xlsx,.csv'
      input.onchange = () => {
        const file = input.files?.[0]
        resolve(file ? { name: file.name, size: file.size, source: { blob: file } } : null)
      }
      input.click()
    })
  }
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
    const f = r.tempFiles[0]
    return { name: f.name, size: f.size, source: { path: f.path } }
  } catch {
    return null
  }
}

/** Uploads a roster spreadsheet; answers the ticket roster.import takes. */
export async function uploadSheet(sheet: PickedSheet, onProgress: (percent: number) => void) {
  const ext = sheet.name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  if (!/\.(xlsx|csv)$/i.test(sheet.name)) throw new ApiError('FILE_WRONG_TYPE', '只能导入 xlsx 或 csv 表格：请用“下载模板”得到的表格')
  if (sheet.size > SHEET_MAX) throw new ApiError('FILE_TOO_BIG', '表格太大了（超过 5 MB），请分成几个文件')
  return uploadBytes(sheet.source, { purpose: 'rosterSheet' }, ext, onProgress, '表格')
}

/**
 * Hands over a file a function made (a template, an export) from its temporary address: a download in the browser;
 * on the phone, sent to a WeChat chat (staff send it to 文件传输助手 and open it on the office computer).
 */
export async function fetchFile(fileName: string, url: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    return
  }
  const { tempFilePath } = await Taro.downloadFile({ url })
  await Taro.shareFileMessage({ filePath: tempFilePath, fileName })
}

/** The type an unshrunk photo declares, by its name (the api checks the bytes anyway). */
function extOf(path: string): 'jpg' | 'png' | 'webp' {
  const ext = path.split('.').pop()?.toLowerCase()
  return ext === 'png' || ext === 'webp' ? ext : 'jpg'
}

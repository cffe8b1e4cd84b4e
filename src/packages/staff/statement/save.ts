import Taro from '@tarojs/taro'

/**
 * Hands the statement over as a file: a download in the browser; on the phone, a file sent to a WeChat chat
 * (staff send it to 文件传输助手 and open it in Excel or WPS on the office computer).
 */
export async function saveCsv(fileName: string, csv: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    URL.revokeObjectURL(url)
    return
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  Taro.getFileSystemManager().writeFileSync(filePath, csv, 'utf8')
  await Taro.shareFileMessage({ filePath, fileName })
}

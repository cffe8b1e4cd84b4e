import Taro from '@tarojs/taro'

/**
 * Hands a file over (a monthly statement, a person's data): a download in the browser; on the phone, a file sent
 * to a WeChat chat (staff send it to 文件传输助手 and open it on the office computer).
 */
export async function saveFile(fileName: string, content: string, type: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([content], { type }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    URL.revokeObjectURL(url)
    return
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  Taro.getFileSystemManager().writeFileSync(filePath, content, 'utf8')
  await Taro.shareFileMessage({ filePath, fileName })
}

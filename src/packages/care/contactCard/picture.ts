// The 联系卡 as a picture, for a cadre without a phone: printed and put by the telephone, or sent to the family
// group. Drawn large (phones and printers both shrink it), one number per line, black on white.
import Taro from '@tarojs/taro'
import type { ContactCardView } from '@cloud/contracts'

const WIDTH = 1080
const LINE = 110
const TOP = 260

interface Pen {
  fillStyle: string
  font: string
  textBaseline: string
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
}

export const pictureHeight = (card: ContactCardView) => TOP + card.lines.length * LINE + 80

/** Draws the card on any 2D canvas (the browser's, or the mini-program's offscreen one). */
export function drawCard(pen: Pen, card: ContactCardView): void {
  pen.fillStyle = '#ffffff'
  pen.fillRect(0, 0, WIDTH, pictureHeight(card))
  pen.fillStyle = '#111111'
  pen.textBaseline = 'top'
  pen.font = 'bold 72px sans-serif'
  pen.fillText(`${card.cadreName} 联系卡`, 60, 60)
  pen.font = '40px sans-serif'
  pen.fillText(card.address, 60, 160)
  card.lines.forEach((l, i) => {
    const y = TOP + i * LINE
    pen.fillStyle = i % 2 ? '#ffffff' : '#f1efe9'
    pen.fillRect(40, y - 10, WIDTH - 80, LINE - 10)
    pen.fillStyle = '#111111'
    pen.font = '44px sans-serif'
    pen.fillText(`${l.label} ${l.who === l.phone ? '' : l.who}`, 60, y + 12)
    pen.font = 'bold 56px sans-serif'
    pen.fillText(l.phone, 640, y + 6)
  })
}

/** On H5 a PNG download; on the phone WeChat's own menu to save the picture or send it to a chat. */
export async function saveCardPicture(card: ContactCardView): Promise<void> {
  const height = pictureHeight(card)
  if (process.env.TARO_ENV === 'h5') {
    const canvas = document.createElement('canvas')
    canvas.width = WIDTH
    canvas.height = height
    drawCard(canvas.getContext('2d') as unknown as Pen, card)
    const link = document.createElement('a')
    link.href = canvas.toDataURL('image/png')
    link.download = `${card.cadreName}联系卡.png`
    link.click()
    return
  }
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: WIDTH, height }) as unknown as {
    getContext: (kind: '2d') => Pen
  }
  drawCard(canvas.getContext('2d'), card)
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas } as unknown as Taro.canvasToTempFilePath.Option)
  await Taro.showShareImageMenu({ path: tempFilePath })
}

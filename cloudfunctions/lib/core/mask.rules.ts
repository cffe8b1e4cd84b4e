/** 13812345678 → 138****5678, so a phone number is recognisable but not usable by whoever sees it. */
export function maskPhone(phone: string | undefined): string {
  if (!phone) return ''
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** 330203193103151234 → 330203********1234: the region and last digits identify the card to its owner only. */
export function maskIdNumber(id: string | undefined): string {
  if (!id) return ''
  return id.length > 10 ? `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}` : '****'
}

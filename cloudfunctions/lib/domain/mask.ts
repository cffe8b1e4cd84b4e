/** 13812345678 → 138****5678, so a phone number is recognisable but not usable by whoever sees it. */
export function maskPhone(phone: string | undefined): string {
  if (!phone) return ''
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

// Shapes of answers every feature uses.

/** A list answered a page at a time: how many there are in all, and the offset of the next page (null: no more). */
export interface Paged {
  total: number
  next: number | null
}

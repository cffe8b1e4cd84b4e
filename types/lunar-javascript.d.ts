// The parts of lunar-javascript this project uses (the package ships no types).
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar
    getYear(): number
    getMonth(): number
    getDay(): number
    toYmd(): string
    getLunar(): Lunar
  }
  export class Lunar {
    /** A leap month is given as a negative month. */
    static fromYmd(year: number, month: number, day: number): Lunar
    getYear(): number
    getMonth(): number
    getDay(): number
    getSolar(): Solar
  }
  export class LunarMonth {
    /** A leap month is given as a negative month. */
    static fromYm(year: number, month: number): LunarMonth
    getDayCount(): number
  }
  export class LunarYear {
    static fromYear(year: number): LunarYear
    getLeapMonth(): number
  }
}

// What a chart shows, as uCharts options: the words and numbers come from the same points the table lists, sizes
// follow the page's text scale (elder mode × WeChat's font size), colours keep 4.5:1 on white, and every bar,
// point and slice carries its number so colour is never the only signal.
import type { Bar } from '../../../components/bar-list'

export type ChartKind = 'line' | 'column' | 'pie'

export interface ChartFrame {
  /** Device pixels of the canvas, and how many of them to a CSS pixel. */
  width: number
  height: number
  pixelRatio: number
  /** The page's text scale. */
  scale: number
}

/** Dark enough for text and thin lines on white (each ≥ 4.5:1). */
export const INKS = ['#a51d1d', '#1d4f91', '#2e6b30', '#8a4b00', '#5b2a86', '#00605a', '#5d4037', '#37474f']
const TEXT = '#1f1f1f'

/** The number as the table says it: "92%" or "20 人". */
export const valueWords = (value: number, unit: string) => (unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : `${value}`)

/** One sentence for screen readers, with every number in it. */
export const chartWords = (label: string, points: Bar[], unit: string) =>
  `${label}：${points.map((p) => `${p.label} ${p.words ?? (p.value === null ? '没有数' : valueWords(p.value, unit))}`).join('，')}`

/** A slice's name short enough to sit beside it; the legend under the pie has the whole name. */
const shortName = (label: string) => (label.length > 4 ? `${label.slice(0, 4)}…` : label)

/** About how wide a text is drawn: a Chinese character a full em, other characters a little over half. */
const textWidth = (text: string, fontSize: number) => [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.6), 0) * fontSize

/** Long axis labels ("2026年3月") shortened to what fits under a bar ("3月"). */
const axisLabel = (label: string) => label.replace(/^\d{4}年/, '')

/** A second line to hold the first against: the same months a year before, named in the legend. */
export interface Comparison {
  name: string
  points: Bar[]
}

/** The table's rows: each point's number, with the year before's beside it when there is one to compare. */
export function tableRows(points: Bar[], unit: string, compare?: Comparison): Bar[] {
  if (!compare) return points
  const words = (v: number | null) => (v === null ? '—' : valueWords(v, unit))
  return points.map((p, i) => ({ ...p, words: `${words(p.value)}（${compare.name} ${words(compare.points[i]?.value ?? null)}）` }))
}

export function chartOptions(
  kind: ChartKind,
  points: Bar[],
  unit: string,
  frame: ChartFrame,
  compare?: Comparison,
): Record<string, unknown> {
  // 18 px at the standard setting, the smallest text PRODUCT.md allows anywhere.
  const fontSize = Math.round(18 * frame.scale)
  const common = {
    type: kind,
    width: frame.width,
    height: frame.height,
    pixelRatio: frame.pixelRatio,
    canvas2d: true,
    animation: false,
    background: '#FFFFFF',
    fontSize,
    fontColor: TEXT,
    color: INKS,
    padding: [fontSize, fontSize, Math.round(fontSize / 2), 4],
    dataLabel: true,
  }
  if (kind === 'pie') {
    const slices = points.filter((p) => (p.value ?? 0) > 0)
    const words = (p: Bar) => `${shortName(p.label)} ${valueWords(p.value ?? 0, unit)}`
    // Each slice says its name and number beside it where both sides' words leave the pie room; at larger text the
    // legend says them instead ("上门理发 3 单") and the slices go unlabelled.
    const widest = Math.max(0, ...slices.map((p) => textWidth(words(p), fontSize)))
    const labelled = 2 * widest + 6 * fontSize <= frame.width / frame.pixelRatio
    return {
      ...common,
      dataLabel: labelled,
      legend: { show: true, position: 'bottom', fontSize, lineHeight: fontSize + 8, fontColor: TEXT },
      // One series per slice, each with its own words, so the pie shrinks to leave room for them.
      series: slices.map((p) => ({
        name: labelled ? p.label : `${p.label} ${valueWords(p.value ?? 0, unit)}`,
        data: p.value,
        formatter: () => words(p),
      })),
      extra: { pie: { border: true, borderWidth: 2, borderColor: '#FFFFFF', labelWidth: 12, activeOpacity: 1 } },
    }
  }
  // Under the line only as many months are named as fit at this text size (a name like "10月" is about three
  // characters wide), counted back from the latest; on a line only the latest number and the highest are written
  // (all twelve would run into each other) — the table has the rest.
  const fit = Math.max(1, Math.floor(frame.width / frame.pixelRatio / (3 * fontSize)))
  const step = Math.ceil(points.length / fit)
  const values = points.map((p) => p.value)
  const latest = values.map((v, i) => (v === null ? -1 : i)).reduce((a, b) => Math.max(a, b), -1)
  const highest = values.indexOf(Math.max(...values.map((v) => v ?? -Infinity)))
  const written = (i: number) => kind === 'column' || i === latest || (i === highest && values[i] !== values[latest])
  return {
    ...common,
    legend: compare ? { show: true, position: 'top', fontSize, lineHeight: fontSize + 8, fontColor: TEXT } : { show: false },
    categories: points.map((p) => axisLabel(p.label)),
    series: [
      {
        name: compare ? '这 12 个月' : '',
        data: points.map((p) => (kind === 'line' ? p.value : (p.value ?? 0))),
        formatter: (v: number | null, i: number) => (v === null || !written(i) ? '' : valueWords(v, unit)),
        connectNulls: false,
        pointShape: 'circle',
        textSize: fontSize,
        textColor: TEXT,
      },
      // The year before: dashed, with square points and no numbers on it, so it is told apart without colour.
      ...(compare
        ? [
            {
              name: compare.name,
              data: compare.points.map((p) => p.value),
              formatter: () => '',
              connectNulls: false,
              lineType: 'dash',
              pointShape: 'square',
              color: INKS[1],
            },
          ]
        : []),
    ],
    xAxis: {
      fontSize,
      fontColor: TEXT,
      disableGrid: true,
      axisLineColor: '#555555',
      formatter: (label: string, i: number) => ((points.length - 1 - i) % step ? '' : label),
    },
    yAxis: {
      gridColor: '#d9d4c9',
      splitNumber: 4,
      data: [{ min: 0, fontSize, fontColor: TEXT, axisLine: false, formatter: (v: number) => String(Math.round(v)) }],
    },
    extra: {
      line: { type: 'straight', width: 3 },
      column: { width: Math.round(28 * frame.scale), barBorderRadius: [4, 4, 0, 0] },
    },
  }
}

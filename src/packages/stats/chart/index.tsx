// A chart where people would rather look than read — a line over the months, columns to compare, a pie of shares —
// drawn with uCharts (made for mini-program canvases, 145 KB, only in this subpackage). The same points are always
// one press away as a table (BarList), the choice is remembered, and the table is what shows where no canvas can be
// drawn (old phones); screen readers hear every number from the chart's own label.
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import UCharts from '@qiun/ucharts'
import { BarList, type Bar } from '../../../components/bar-list'
import { Button } from '../../../components/controls'
import { useElder } from '../../../components/elder'
import { chartOptions, chartWords, tableRows, type ChartKind, type Comparison } from './options'
import { surfaceFor } from './canvas'
import './index.css'

const TABLES_KEY = 'figuresAsTables'

export interface FigureChartProps {
  /** Unique on the page: the canvas is found by it. */
  id: string
  kind: ChartKind
  label: string
  unit: string
  points: Bar[]
  /** A second line (the same months a year before): drawn dashed, and beside each number in the table. */
  compare?: Comparison
}

export function FigureChart({ id, kind, label, unit, points, compare }: FigureChartProps) {
  const { scale } = useElder()
  const [asTable, setAsTable] = useState<boolean>(() => Taro.getStorageSync(TABLES_KEY) === true)
  const [drawable, setDrawable] = useState(true)
  const canvasId = `chart-${id}`
  const signature = JSON.stringify([points, compare])
  useEffect(() => {
    if (asTable) return
    let live = true
    Taro.nextTick(async () => {
      const surface = await surfaceFor(canvasId)
      if (!live) return
      if (!surface) return setDrawable(false)
      new UCharts({ ...chartOptions(kind, points, unit, { ...surface, scale }, compare), context: surface.context })
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when the numbers change, not the array
  }, [asTable, signature, kind, unit, scale, canvasId])
  const choose = (table: boolean) => {
    setAsTable(table)
    Taro.setStorageSync(TABLES_KEY, table)
  }
  const showTable = asTable || !drawable
  return (
    <View className='chart'>
      {showTable ? (
        <BarList label={label} unit={unit} bars={tableRows(points, unit, compare)} />
      ) : (
        <View
          className='chart__frame'
          role='img'
          aria-label={chartWords(label, tableRows(points, unit, compare), unit)}
          style={{ height: `${Math.round((kind === 'pie' ? 300 : 240) * scale)}px` }}
        >
          {process.env.TARO_ENV === 'h5' ? (
            <View id={canvasId} className='chart__canvas' />
          ) : (
            <Canvas id={canvasId} type='2d' className='chart__canvas' />
          )}
        </View>
      )}
      {drawable ? (
        <Button
          label={showTable ? '看成图' : '看成表格'}
          hint={showTable ? `把${label}画成图` : `把${label}的每个数列成表格`}
          onPress={() => choose(!showTable)}
        />
      ) : null}
    </View>
  )
}

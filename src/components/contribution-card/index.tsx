// One offer or work of a cadre: what, by whom, the picture and words, and (for the cadre's own) where it stands.
import { View, Text, Image } from '@tarojs/components'
import type { ContributionView } from '@cloud/contracts'
import { Card } from '../card'
import { PhotoStrip } from '../photo-picker'
import './index.css'

export function ContributionCard({ c, showStatus = false }: { c: ContributionView; showStatus?: boolean }) {
  return (
    <Card>
      <Text className='t-strong'>{c.title}</Text>
      <View>
        <Text className='t-body t-muted'>
          {c.cadreName} · {c.kindWords} · {c.type}
        </Text>
      </View>
      {c.image ? <Image className='contribution-image' src={c.image} mode='widthFix' aria-label={c.title} /> : null}
      <PhotoStrip photos={c.photos} label={`${c.title}的照片`} />
      {c.detail ? (
        <View>
          <Text className='t-body contribution-detail'>{c.detail}</Text>
        </View>
      ) : null}
      {showStatus ? (
        <View>
          <Text className='t-body t-strong'>
            {c.status === 'approved' ? '✔ ' : c.status === 'rejected' ? '✖ ' : '○ '}
            {c.statusWords}
          </Text>
        </View>
      ) : null}
    </Card>
  )
}

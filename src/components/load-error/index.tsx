// What a page says when what it shows cannot be loaded, in plain words: an old or shared link to something gone,
// something this person may not see (with the way to bind), or the error's own words.
import { View } from '@tarojs/components'
import type { ApiError } from '../../api'
import { BigButton, Button } from '../controls'
import { Notice } from '../notice'
import { go } from '../../routes'

export function LoadError({ error }: { error: ApiError | null }) {
  if (!error) return null
  if (error.code === 'NOT_FOUND' || error.code === 'BAD_INPUT')
    return (
      <View>
        <Notice kind='error' text='这条内容已经没有了，或者这个链接已经过期。' />
        <BigButton label='回到首页' onPress={() => go('home')} />
      </View>
    )
  if (error.code === 'FORBIDDEN')
    return (
      <View>
        <Notice kind='error' text='这里的内容只给老人本人、绑定的家属和本社区工作人员看。是您家里的老人的话，先绑定就能看到。' />
        <BigButton label='我是家属，去绑定' onPress={() => go('bind')} />
        <Button label='回到首页' onPress={() => go('home')} />
      </View>
    )
  return <Notice kind='error' text={error.message} />
}

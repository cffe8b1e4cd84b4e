// An activity's pictures: the cover staff choose when publishing, and the photos taken at it afterwards (evidence for
// the 台帐). Pages that show them get their addresses in one storage call; a replaced or removed picture is deleted.
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { db } from '../../db/cloud'
import type { ActionContext } from '../../core/context'
import type { ActivityDoc } from './docs'
import type { PhotoView } from '../files/views'
import { deleteFilesOf, photoViews } from '../files/files'
import { takePhotos } from '../files/tickets'

export interface ActivityPictures {
  cover?: PhotoView
  photos?: PhotoView[]
}

/** The covers of many activities (and, for one activity's own page, its photos), addressed in one storage call. */
export async function activityPictures(list: readonly ActivityDoc[], withPhotos: boolean): Promise<ActivityPictures[]> {
  const views = await photoViews(list, (a) => [...(a.cover ? [a.cover] : []), ...(withPhotos ? (a.photos ?? []) : [])])
  return list.map((a, i) => {
    const photos = a.cover ? views[i].slice(1) : views[i]
    return { ...(a.cover ? { cover: views[i][0] } : {}), ...(withPhotos ? { photos } : {}) }
  })
}

/** Photos are of what happened: they are added once the activity has begun. */
export async function savePhotos(ctx: ActionContext, a: ActivityDoc, input: ParsedInput<'activity.savePhotos'>) {
  if (new Date(a.startAt).getTime() > ctx.now.getTime()) throw new AppError('BAD_INPUT', '活动开始以后才能加现场照片')
  const { photos, dropped } = await takePhotos(ctx.openid, 'activityPhoto', input.photos, a.photos ?? [])
  await db
    .collection(C.activities)
    .doc(a._id)
    .update({ data: { photos, updatedAt: ctx.now } })
  await deleteFilesOf(dropped)
  return { ...a, photos }
}

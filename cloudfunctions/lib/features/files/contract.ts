// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import { contract } from '../../core/contract'
import { id } from '../../core/shapes'
import {
  EXTENSIONS,
  FILE_PURPOSES,
  purposesAbout,
  type CadrePurpose,
  type CommunityPurpose,
  type Extension,
  type FilePurpose,
} from './rules'
import type { PreparedUpload, CheckedUpload } from './views'

const cadrePurpose = z.enum(purposesAbout('cadre') as [CadrePurpose, ...CadrePurpose[]])
const communityPurpose = z.enum(purposesAbout('community') as [CommunityPurpose, ...CommunityPurpose[]])
const ext = z.enum(Object.keys(EXTENSIONS) as [Extension, ...Extension[]])

const ticket = z.string().check(z.startsWith('cloud://'), z.maxLength(700))

/** The photos a new record takes: the tickets file.check gave for them, at most as many as the purpose allows. */
export const photoTickets = (p: FilePurpose) => {
  const { most, words } = FILE_PURPOSES[p]
  return z.array(ticket).check(z.maxLength(most, `${words}最多 ${most} 张`))
}

/** The photos an edited record keeps: those it has by their fileRef, new ones by their tickets. */
export const photosKeptOrNew = (p: FilePurpose) => {
  const { most, words } = FILE_PURPOSES[p]
  return z.array(z.union([id, ticket])).check(z.maxLength(most, `${words}最多 ${most} 张`))
}

/** One photo kept or new (a cover, a picture in a text). */
export const photoKeptOrNew = z.union([id, ticket])

export const filesContracts = {
  'file.prepare': contract<PreparedUpload>()({
    // An upload is about a cadre (the visit, the work); the record that uses it decides who may save it.
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' },
    summary: '准备上传一张关于某位老干部的照片（走访、作品、报告）：给出上传的位置；每人每天最多 60 个',
    input: z.strictObject({ cadreId: id, purpose: cadrePurpose, ext }),
  }),
  'file.prepareForCommunity': contract<PreparedUpload>()({
    access: { staff: 'any', admin: 'any' },
    summary: '社区工作人员（或局里）准备上传自己的文件（活动封面和现场照片、学习资料插图、花名册表格）；每人每天最多 60 个',
    input: z.strictObject({ purpose: communityPurpose, ext }),
  }),
  'file.check': contract<CheckedUpload>()({
    access: { anyone: true },
    summary: '上传完后检查自己传的文件（上传得到的 fileID）：按内容认类型、看大小，合格的才能用在记录里，不合格的删掉',
    input: z.strictObject({ fileRef: id, fileId: z.string().check(z.startsWith('cloud://'), z.maxLength(600)) }),
  }),
}

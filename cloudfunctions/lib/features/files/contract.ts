// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod'
import { contract } from '../../core/contract'
import { id } from '../../core/shapes'
import { EXTENSIONS, FILE_PURPOSES, type FilePurpose, type Extension } from './rules'
import type { PreparedUpload, CheckedUpload } from './views'

const purpose = z.enum(Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]])
const ext = z.enum(Object.keys(EXTENSIONS) as [Extension, ...Extension[]])

export const filesContracts = {
  'file.prepare': contract<PreparedUpload>()({
    // An upload is about a cadre (the visit, the work); the record that uses it decides who may save it.
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' },
    summary: '准备上传一个文件（照片或表格）：给出上传的位置；每人每天最多 60 个',
    input: z.strictObject({ cadreId: id, purpose, ext }),
  }),
  'file.check': contract<CheckedUpload>()({
    access: { anyone: true },
    summary: '上传完后检查自己传的文件（上传得到的 fileID）：按内容认类型、看大小，合格的才能用在记录里，不合格的删掉',
    input: z.strictObject({ fileRef: id, fileId: z.string().startsWith('cloud://').max(600) }),
  }),
}

// The study actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { studyContracts } from './contract'
import { getMaterial, listMaterials, manageMaterials, markMaterialRead, saveMaterial } from './materials'

export const studyHandlers: Handlers<keyof typeof studyContracts> = {
  'material.list': listMaterials,
  'material.get': getMaterial,
  'material.markRead': markMaterialRead,
  'material.manage': manageMaterials,
  'material.save': saveMaterial,
}

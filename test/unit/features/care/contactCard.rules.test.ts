import { contactCardLines } from '../../../../cloudfunctions/lib/features/care/rules'

it('orders the card for someone in trouble, names each person and number once, and ends with 110 and 120', () => {
  const lines = contactCardLines({
    community: { name: '桃园社区', dutyPhone: '0574-87310000', propertyPhone: '0574-87310088' },
    keeper: { name: '陈静', phone: '13800000001', grid: '桃园一格' },
    family: [{ name: '王丽', relation: '子女', phone: '13900000002' }],
    doctor: { name: '吴医生', phone: '13700000003' },
    volunteers: [{ name: '杨晓', phone: '13800000001' }],
    contacts: [
      { kind: '家属', name: '王丽', phone: '13900000009' },
      { kind: '家属', name: '王强', phone: '13900000004' },
      { kind: '原单位联系人', name: '李科长', phone: '0574-88888888' },
    ],
  })
  expect(lines.map((l) => `${l.label}|${l.who}|${l.phone}`)).toEqual([
    '社区值班电话|桃园社区|0574-87310000',
    '网格员|陈静（桃园一格）|13800000001',
    '家属（子女）|王丽|13900000002',
    '家属|王强|13900000004',
    '物业|桃园社区|0574-87310088',
    '责任医生|吴医生|13700000003',
    '原单位|李科长|0574-88888888',
    '报警|110|110',
    '急救|120|120',
  ])
})

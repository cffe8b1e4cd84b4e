import { measureFirstScreens } from './measure'

measureFirstScreens('社区', 'demo-staff-chenjing')

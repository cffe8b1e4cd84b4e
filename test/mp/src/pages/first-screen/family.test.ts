import { measureFirstScreens } from './measure'

measureFirstScreens('家属', 'demo-family-wangli')

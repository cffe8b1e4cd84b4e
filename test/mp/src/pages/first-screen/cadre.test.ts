import { measureFirstScreens } from './measure'

measureFirstScreens('老干部', 'demo-cadre-wangjianguo')

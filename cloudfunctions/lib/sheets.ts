// Everything that makes or reads a workbook (exceljs and the sheets built with it). The build bundles this file as
// a second file beside the api function's index.js (config/build-functions.ts), and the actions that make or read a
// sheet load it with `import('../../sheets')` when they run, so no other action's cold start carries it.
export { readSheet, rosterWorkbook, templateWorkbook } from './features/roster/sheet'
export { ledgerWorkbook } from './features/ledger/workbook'
export { ledgerSheets } from './features/ledger/rows'

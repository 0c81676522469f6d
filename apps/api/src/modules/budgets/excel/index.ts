// Budget workbooks (issue 5, "Excel in and out"): pure functions from the
// engine's input and result to .xlsx bytes and back. The REST controller
// checks access and streams them.
export { buildBudgetWorkbook } from './budget-workbook.util';
export type { BudgetWorkbookArgs } from './budget-workbook.util';
export { buildDriversTemplate } from './drivers-template.util';
export type { DriversTemplateArgs } from './drivers-template.util';
export { parseDriversWorkbook } from './drivers-import.util';
export type { DriversImportContext, DriversImportProblem, DriversImportResult, ImportedDrivers } from './drivers-import.util';
export { EXCEL_LANGUAGES } from './excel-labels';
export type { ExcelLanguage } from './excel-labels';

/** What other features and the bench may use of «Отчёты»: the spreadsheet writers of report tables. */
export { tablesToXlsx, tablesToCsvZip, csvBytes, safeFileName } from './export-files';

/** What other features and the bench may use of the consolidation: its tab and its reading and writing path. */
export { ConsolidationTab } from './consolidation-tab';
export { readReportsInWorker, type ReportFileInput } from './read-client';
export { consolidateFiles, consolidationToXlsx } from './consolidation-file';

/*
 * What other features, `app/` and the benchmark may use of «Участники». Anything else in this folder is
 * internal and may change without notice.
 */

/** The import as the wizard runs it: read and check in the import worker, then one-transaction commit. */
export { readFileInWorker, checkRowsInWorker, platformTrialsInWorker } from './import/parse-client';
export type { FileSummary, CheckResult, ImportProgress } from './import/parse-client';
export { commitImport, type CommitOptions } from '../../db/repos/import-repo';
export { loadExistingData } from '../../db/queries/participants';

/** «Отменить этот импорт» with what blocks it: the import's summary and the action journal. */
export { UndoImport } from './import/undo-import';

/** «Отменить объединение» of a school merge with what blocks it: the action journal. */
export { UndoSchoolMerge } from './schools/undo-merge';

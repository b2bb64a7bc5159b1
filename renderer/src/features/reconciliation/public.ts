/*
 * What other features and `app/` may use of «Сверка с платформой» (docs/reconciliation.md). Anything else in
 * this folder is internal.
 */

/** The Сверка screen for a period (a tab of «Отчёты»). */
export { ReconciliationTab } from './reconciliation-tab';
/** Loading a platform export (the benchmark's B8 measures it). */
export { loadPlatformExport } from './load-export';
/** The pupil card's Сверка block. */
export { ParticipantReconciliation } from './participant-reconciliation';

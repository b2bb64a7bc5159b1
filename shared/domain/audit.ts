import type { IsoDateTime } from './common';

export const AUDIT_ACTIONS = [
  'restore',
  'anonymize',
  'delete',
  'certificate-cancel',
  'certificate-reissue',
  'demo-load',
  'demo-remove',
  'import',
  'mark',
  'sync-conflict',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * What an entry says, as a code with parameters (counts, numbers, ids): the words are chosen when the journal
 * is shown, in the interface's language (`audit.summaries.<code>` in the settings locale).
 */
export const AUDIT_SUMMARY_CODES = [
  'backupRestored',
  'backupRestoredWithCopy',
  'participantAnonymized',
  'participantAnonymizedFully',
  'participantsAnonymizedByTerm',
  'mentorDeleted',
  'placeDeleted',
  'programDeleted',
  'groupDeleted',
  'schoolMerged',
  'certificateCancelled',
  'certificateReissued',
  'demoLoaded',
  'demoRemoved',
  'importCommitted',
  'markScanned',
  'importUndone',
  'platformTrialsReplaced',
  'markConflictResolved',
  'schoolMergeUndone',
] as const;
export type AuditSummaryCode = (typeof AUDIT_SUMMARY_CODES)[number];
export type AuditParams = Record<string, string | number>;

export interface AuditSummary {
  code: AuditSummaryCode;
  params?: AuditParams;
}

/**
 * A journal entry of a destructive action. It never holds personal data, only counts and ids. Entries written
 * since the summaries became codes carry `code` and `params`; older ones only their Russian `summary` text,
 * shown as it was written.
 */
export interface AuditEntry {
  /**
   * Unique across PCs (schema v2): a random UUID for new entries, `<device>:v1-<n>` for entries carried over from
   * version 1's auto-increment key (`<device>` random per database), so the journals of several PCs can be
   * merged without collisions. The journal is shown in the order of `at`.
   */
  id: string;
  at: IsoDateTime;
  action: AuditAction;
  entity: string;
  entityId: string;
  code?: AuditSummaryCode;
  params?: AuditParams;
  /** The words of entries written before `code` existed. */
  summary?: string;
}

/** A key–value setting (language, last backup time, certificate design…). */
export interface Setting {
  key: string;
  value: unknown;
}

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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A journal entry of a destructive action. `summary` never holds personal data, only counts and ids. */
export interface AuditEntry {
  id?: number;
  at: IsoDateTime;
  action: AuditAction;
  entity: string;
  entityId: string;
  summary: string;
}

/** A key–value setting (language, last backup time, certificate design…). */
export interface Setting {
  key: string;
  value: unknown;
}

import type { Id, IsoDate, IsoDateTime } from './common';

/** How the federal platform records a trial a pupil took. */
export const PLATFORM_TRIAL_KINDS = ['in-person', 'virtual', 'partner'] as const;
export type PlatformTrialKind = (typeof PLATFORM_TRIAL_KINDS)[number];

/**
 * One trial the federal platform records for a pupil, as read from the platform's pupil export (schema v2).
 * The platform's export is the source of truth for these records: a newer export replaces all of them.
 */
export interface PlatformTrial {
  id: Id;
  /** The pupil here it belongs to; null when the export's row matched nobody at this venue. */
  participantId: Id | null;
  /** The pupil's platform ID as the export gives it. */
  platformId: string | null;
  /** The trial's name as the platform shows it (the venue's programme title as registered there). */
  name: string;
  date: IsoDate | null;
  kind: PlatformTrialKind;
  /** The pupil as the export names them (ФИО in one cell, birth date), matched again at every reconciliation. */
  fio: string;
  birthDate: IsoDate | null;
  /** The export's row (Excel's 1-based number), for the remarks. */
  rowNumber: number;
  /**
   * When the cell held unequal counts of names and dates, no name could be paired with a date by position:
   * `date` is null and these are the cell's dates; the reconciliation takes the one within the group's sessions.
   */
  candidateDates: IsoDate[];
  /** The export file it came from and the date the export was made (its title block) or imported. */
  sourceFile: string;
  exportedOn: IsoDate;
  importedAt: IsoDateTime;
}

/** A platform record as it is kept inside its export's part: the file, the export date and the import time are the part's. */
export type StoredPlatformTrial = Omit<PlatformTrial, 'sourceFile' | 'exportedOn' | 'importedAt'>;

/**
 * A part of a platform export as stored (schema v5): up to 1 000 of its records, in the export's order. An export
 * of 20 000 records is 20 records and 20 sync documents, not 20 000: IndexedDB writes and CouchDB replicates per
 * record, so the cost of loading and replicating an export follows the records' count, not its bytes.
 */
export interface PlatformExportPart {
  id: Id;
  /** The export file it came from and the date the export was made (its title block) or imported. */
  sourceFile: string;
  exportedOn: IsoDate;
  importedAt: IsoDateTime;
  /** The part's place in its export, from 0: the records are read back in the export's order. */
  part: number;
  /** How many records it holds (indexed: a replacement counts the records it replaces without reading them). */
  records: number;
  /** The pupils its records are tied to (indexed: a pupil's card reads only the parts that name them). */
  participantIds: Id[];
  trials: StoredPlatformTrial[];
}

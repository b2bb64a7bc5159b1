import type { IsoDate, StoredPlatformTrial } from '@shared/domain';
import { newId } from '@shared/domain/common';
import { formatDate, isIsoDate } from '@shared/dates';
import { RuleError } from '@shared/errors';
import type { Cell } from '@shared/import/cells';
import { isPlatformHeader } from '@shared/import/fields';
import { exportParts } from '@shared/reconcile/export-parts';
import type { PlatformTrialDraft } from '@shared/reconcile/platform-records';
import { pupilMatcherFor, type ReconcileParticipant } from '@shared/reconcile/reconcile';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';
import { platformRecordCount } from '../queries/reconciliation';

export interface PlatformExportInput {
  fileName: string;
  /** The file's header row: the export is refused unless it is the platform's (docs/formats.md §1). */
  headerRow: readonly Cell[];
  /** The export's date from its title block, or the import date. */
  exportedOn: IsoDate;
  trials: readonly PlatformTrialDraft[];
  /**
   * The participants to tie the records to, when the caller has read them already: the Сверка's load reads
   * them on the page while the import worker pairs the export's trials, so the two run at once (a record tied
   * to a pupil who changed in between is tied again on the next export; the Сверка matches anew each time).
   * Without them they are read here, in the transaction.
   */
  participants?: readonly ReconcileParticipant[];
}

/**
 * Replaces every platform record by those of a newer export, in ONE transaction with its journal entry: the
 * platform's export is the source of truth, so the previous records go whole. Each record is tied to the pupil
 * here it names (`PupilMatcher`, the reconciliation's own rule). The records are stored in parts of up to 1 000
 * (schema v5, `exportParts`): a write and a sync document per part, not per record. A file that is not a
 * platform export is refused before anything is written.
 */
export async function replacePlatformTrials(
  input: PlatformExportInput,
  db: ProfprobaDb = defaultDb,
): Promise<{ count: number; previous: number }> {
  if (!isPlatformHeader(input.headerRow))
    throw new RuleError('reconciliation.notPlatformExport', { file: input.fileName });
  if (!isIsoDate(input.exportedOn)) throw new RuleError('reconciliation.exportDate');
  // Without the participants in its scope when the caller read them: a read-write transaction waits for every
  // transaction over its tables, and the Сверка's venue side reads the participants while an export loads.
  const tables = input.participants
    ? [db.platformExportParts, db.journal]
    : [db.platformExportParts, db.participants, db.journal];
  return db.transaction('rw', tables, async () => {
    const [matcher, previous] = await Promise.all([
      input.participants ?? db.participants.toArray(),
      // The replaced records are counted from the parts' `records` index, not read.
      platformRecordCount(db),
    ]).then(([participants, count]) => [pupilMatcherFor(participants), count] as const);
    const records: StoredPlatformTrial[] = input.trials.map((t) => ({
      ...t,
      id: newId(),
      participantId: matcher.find(t),
    }));
    const parts = exportParts(
      records,
      { sourceFile: input.fileName, exportedOn: input.exportedOn, importedAt: new Date().toISOString() },
      newId,
    );
    await db.platformExportParts.clear();
    await db.platformExportParts.bulkAdd(parts);
    await logAction(
      'import',
      'platformTrials',
      input.exportedOn,
      {
        code: 'platformTrialsReplaced',
        params: {
          file: input.fileName,
          exportedOn: formatDate(input.exportedOn),
          count: records.length,
          previous,
        },
      },
      db,
    );
    return { count: records.length, previous };
  });
}

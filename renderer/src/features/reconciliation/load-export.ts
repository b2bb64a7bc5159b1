import type { IsoDate } from '@shared/domain';
import { RuleError } from '@shared/errors';
import { exportDateOf } from '@shared/reconcile/platform-records';
import { pupilsForMatching } from '../../db/queries/reconciliation';
import { replacePlatformTrials } from '../../db/repos/platform-trial-repo';
import { platformTrialsInWorker, readFileInWorker } from '../participants/public';

export type LoadPhase = 'file' | 'rows' | 'check' | 'save';

/**
 * Loads a platform export: the import's own reading and row parsing, in its worker (the window never
 * freezes), the trial columns paired into records there too (no check against the participants: the records
 * are matched to the pupils, read on the page meanwhile, when stored) and stored in one transaction,
 * replacing the previous export's. A file that is not the platform's export is refused before anything is
 * written.
 */
export async function loadPlatformExport(
  file: { name: string; bytes: Uint8Array },
  today: IsoDate,
  onProgress: (phase: LoadPhase, done: number, total: number) => void,
): Promise<{ count: number; exportedOn: IsoDate }> {
  const summary = await readFileInWorker(file.bytes, file.name, (done, total, phase) =>
    onProgress(phase, done, total),
  );
  if (!summary.isPlatform) throw new RuleError('reconciliation.notPlatformExport', { file: file.name });
  // The pupils the records are tied to are read here while the worker pairs the trials: the two run at once.
  const [{ trials }, participants] = await Promise.all([
    platformTrialsInWorker(summary.headerIndex, summary.mapping, today, (done, total, phase) =>
      onProgress(phase, done, total),
    ),
    pupilsForMatching(),
  ]);
  onProgress('save', 0, 1);
  const exportedOn = exportDateOf(summary.head, summary.headerIndex) ?? today;
  const { count } = await replacePlatformTrials({
    fileName: file.name,
    headerRow: summary.head[summary.headerIndex] ?? [],
    exportedOn,
    trials,
    participants,
  });
  onProgress('save', 1, 1);
  return { count, exportedOn };
}

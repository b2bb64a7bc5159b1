import type { ErrorParams } from '@shared/errors';
import { consolidate, type Consolidation, type FileOutcome } from '@shared/consolidation/consolidate';
import type { IsoDate } from '@shared/domain';
import i18n from '../../i18n';
import { tablesToXlsx } from '../reports/public';

/** The «Проверка» sheet is document content: its reasons are the Russian words of the codes, in any UI language. */
export function russianReason(code: string, params: ErrorParams): string {
  const t = i18n.getFixedT('ru', 'consolidation');
  return t(`errors.${code.replace(/^consolidation\./, '')}`, params);
}

export function consolidateFiles(
  outcomes: readonly FileOutcome[],
  period: { from: IsoDate; to: IsoDate },
  generatedOn: IsoDate,
): Consolidation {
  return consolidate(outcomes, { period, generatedOn, describe: russianReason });
}

/** The consolidated report as one XLSX (docs/consolidation.md), through the reports' table writer. */
export function consolidationToXlsx(
  consolidation: Consolidation,
  onSheet?: (done: number) => Promise<void> | void,
): Promise<Uint8Array> {
  return tablesToXlsx(consolidation.tables, { onSheet });
}

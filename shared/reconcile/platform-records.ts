import type { IsoDate, PlatformTrial, PlatformTrialKind } from '../domain';
import type { CellTable } from '../import/cells';
import { cellText } from '../import/cells';
import type { ImportRow } from '../import/rows';
import { parseDateCell } from '../import/values';
import { joinFio } from '../text/fio';

/** A platform record before it is stored: what the export row says, without the file's and the store's fields. */
export type PlatformTrialDraft = Omit<
  PlatformTrial,
  'id' | 'participantId' | 'sourceFile' | 'exportedOn' | 'importedAt'
>;

/** A cell of trials whose names and dates could not be paired (unequal counts). */
export interface PairingRemark {
  rowNumber: number;
  fio: string;
  kind: PlatformTrialKind;
  names: string[];
  dates: IsoDate[];
}

/** The import's trial groups (`PLATFORM_TRIAL_COLUMNS`) name their kind in Russian; the records use the enum. */
const KIND_BY_IMPORT: Record<string, PlatformTrialKind> = {
  очные: 'in-person',
  виртуальные: 'virtual',
  партнёрские: 'partner',
};

/**
 * Pairs the names and dates of one cell pair. Equal counts pair by position (the platform writes them in the
 * same order). Unequal counts cannot be paired safely (which name lost its date is unknown): every name is
 * kept without a date, carrying the cell's dates as candidates, and the pair becomes a remark.
 */
export function pairTrials(
  names: readonly string[],
  dates: readonly IsoDate[],
): { trials: { name: string; date: IsoDate | null; candidateDates: IsoDate[] }[]; paired: boolean } {
  if (names.length === dates.length)
    return { trials: names.map((name, i) => ({ name, date: dates[i]!, candidateDates: [] })), paired: true };
  return {
    trials: names.map((name) => ({ name, date: null, candidateDates: [...dates] })),
    paired: false,
  };
}

/** The platform records of an export's rows (built by `buildImportRows` with `isPlatform`), and the remarks. */
export function platformTrialDrafts(rows: readonly ImportRow[]): {
  trials: PlatformTrialDraft[];
  remarks: PairingRemark[];
} {
  const trials: PlatformTrialDraft[] = [];
  const remarks: PairingRemark[] = [];
  for (const row of rows) {
    const fio = joinFio(row.draft);
    for (const cell of row.platformTrials) {
      const kind = KIND_BY_IMPORT[cell.kind] ?? 'in-person';
      const { trials: pairs, paired } = pairTrials(cell.names, cell.dates);
      if (!paired)
        remarks.push({ rowNumber: row.rowNumber, fio, kind, names: [...cell.names], dates: [...cell.dates] });
      for (const p of pairs)
        trials.push({
          platformId: row.draft.platformId,
          name: p.name,
          date: p.date,
          candidateDates: p.candidateDates,
          kind,
          fio,
          birthDate: row.draft.birthDate,
          rowNumber: row.rowNumber,
        });
    }
  }
  return { trials, remarks };
}

/**
 * The date the export was made, from its title block («Дата формирования: 24.11.2026», or any date in the rows
 * above the header); null when the title block names none (the import date is used then).
 */
export function exportDateOf(table: CellTable, headerIndex: number): IsoDate | null {
  for (let r = 0; r < headerIndex && r < table.length; r++) {
    for (const cell of table[r] ?? []) {
      const parsed = parseDateCell(cell);
      if (parsed && 'value' in parsed) return parsed.value;
      const m = /(\d{1,2}\.\d{1,2}\.\d{4})/.exec(cellText(cell));
      if (m) {
        const text = parseDateCell(m[1]!);
        if (text && 'value' in text) return text.value;
      }
    }
  }
  return null;
}

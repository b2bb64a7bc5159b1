import { formatDate } from '@shared/dates';
import type { ReportTable } from '@shared/reports/report-table';
import type { ReconRow } from '../../db/queries/reconciliation';

/** The sheet's name and columns are a contract (docs/reconciliation.md). */
export const MISSING_SHEET = 'Не отмечено на платформе';

/**
 * «Не отмечено на платформе»: the completions the venue must still confirm on the platform, one row each, in
 * the list's order (ФИО the Russian way, then date).
 */
export function missingTable(rows: readonly ReconRow[]): ReportTable {
  return {
    name: MISSING_SHEET,
    columns: [
      { header: 'ФИО', kind: 'text', width: 34 },
      { header: 'Дата рождения', kind: 'date', width: 14 },
      { header: 'Школа', kind: 'text', width: 40 },
      { header: 'Класс', kind: 'text', width: 8 },
      { header: 'Проба', kind: 'text', width: 40 },
      { header: 'Даты занятий', kind: 'text', width: 30 },
      { header: 'ID на платформе', kind: 'text', width: 18 },
    ],
    rows: rows
      .filter((r) => r.status === 'missing')
      .map((r) => [
        r.fio,
        r.birthDate,
        r.school,
        r.className,
        r.program,
        r.sessionDates.map(formatDate).join(', '),
        r.platformId ?? '',
      ]),
    total: null,
  };
}

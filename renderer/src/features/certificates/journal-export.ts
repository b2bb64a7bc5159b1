import type { Certificate } from '@shared/domain';
import { CERTIFICATE_STATUS_LABELS, FORMAT_LABELS, LEVEL_LABELS, academicHours } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { addTableSheet, newWorkbook, workbookToBytes, XLSX_MIME, type SheetColumn } from '../../lib/xlsx';
import { getVenueName } from '../../db/queries/venue';
import { platform } from '../../platform';

export const JOURNAL_SHEET = 'Журнал сертификатов';

export const JOURNAL_COLUMNS: readonly SheetColumn[] = [
  { header: 'Номер', kind: 'text', width: 18 },
  { header: 'Статус', kind: 'text', width: 14 },
  { header: 'Дата выдачи', kind: 'date', width: 13 },
  { header: 'ФИО', kind: 'text', width: 34 },
  { header: 'Образовательная организация', kind: 'text', width: 40 },
  { header: 'Класс', kind: 'text', width: 8 },
  { header: 'Программа', kind: 'text', width: 40 },
  { header: 'Профессия', kind: 'text', width: 28 },
  { header: 'Уровень', kind: 'text', width: 16 },
  { header: 'Формат', kind: 'text', width: 12 },
  { header: 'Ак. ч.', kind: 'number', width: 8 },
  { header: 'Дата прохождения', kind: 'date', width: 13 },
  { header: 'Наставник', kind: 'text', width: 30 },
  { header: 'Причина аннулирования', kind: 'text', width: 30 },
  { header: 'Заменяет', kind: 'text', width: 18 },
  { header: 'Заменён на', kind: 'text', width: 18 },
];

/** The journal as a table, rows in the order shown. */
export function journalRows(certificates: readonly Certificate[]): (string | number | null)[][] {
  const byId = new Map(certificates.map((c) => [c.id, c.number]));
  return certificates.map((c) => [
    c.number,
    CERTIFICATE_STATUS_LABELS[c.status],
    c.issuedOn,
    c.snapshot.fio,
    c.snapshot.schoolName,
    c.snapshot.grade,
    c.snapshot.programTitle,
    c.snapshot.profession,
    LEVEL_LABELS[c.snapshot.level] ?? '',
    FORMAT_LABELS[c.snapshot.format] ?? '',
    academicHours(c.snapshot.durationMinutes),
    c.snapshot.completionDate,
    c.snapshot.mentorName,
    c.cancelReason,
    c.replacesId ? (byId.get(c.replacesId) ?? '') : '',
    c.replacedById ? (byId.get(c.replacedById) ?? '') : '',
  ]);
}

/**
 * `all` resolves the links (Заменяет / Заменён на) even when the other certificate is filtered out of `shown`.
 */
export async function exportJournal(
  shown: readonly Certificate[],
  all: readonly Certificate[],
): Promise<boolean> {
  const byId = new Map(all.map((c) => [c.id, c]));
  const linked = [...shown];
  const rows = journalRows(linked).map((row, i) => {
    const c = linked[i]!;
    row[14] = c.replacesId ? (byId.get(c.replacesId)?.number ?? '') : '';
    row[15] = c.replacedById ? (byId.get(c.replacedById)?.number ?? '') : '';
    return row;
  });
  const workbook = await newWorkbook({ venue: await getVenueName() });
  addTableSheet(workbook, JOURNAL_SHEET, JOURNAL_COLUMNS, rows);
  const data = await workbookToBytes(workbook);
  return platform.saveFile({
    suggestedName: documentFileName(DOCUMENT_NAMES.certificateJournal, 'xlsx', todayIso()),
    data,
    mimeType: XLSX_MIME,
    filters: [{ name: 'Таблицы Excel', extensions: ['xlsx'] }],
  });
}

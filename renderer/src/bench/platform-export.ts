import type { Participant, School } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { PLATFORM_COLUMNS } from '@shared/import/fields';
import { joinFio } from '@shared/text/fio';
import { newWorkbook, workbookToBytes } from '../lib/xlsx';

/** The 45 columns of the federal platform's pupil export, as the importer knows them (docs/formats.md §1). */
const PLATFORM_EXPORT_HEADERS = PLATFORM_COLUMNS;

/**
 * A platform export of the given participants, shaped like the real one: three title rows, the header in row 4,
 * data from row 5. Used by the benchmark (B1) to feed the app's importer a 20 000-row file.
 */
export async function buildPlatformExport(
  participants: readonly Participant[],
  schools: readonly School[],
): Promise<Uint8Array> {
  const schoolName = new Map(schools.map((s) => [s.id, s.fullName]));
  const wb = await newWorkbook();
  const sheet = wb.addWorksheet('Лист1');
  sheet.addRow(['Отчёт по обучающимся']);
  sheet.addRow([`Дата формирования: ${formatDate('2026-11-24')}`]);
  sheet.addRow(['Фильтры: регион — Ивановская область']);
  sheet.addRow([...PLATFORM_EXPORT_HEADERS]);
  participants.forEach((p, i) => {
    const row: (string | number)[] = new Array(PLATFORM_EXPORT_HEADERS.length).fill('');
    row[0] = i + 1;
    row[1] = 'Центральный';
    row[2] = 'Ивановская область';
    row[3] = 'городской округ Заречный';
    row[4] = joinFio(p);
    row[5] = formatDate(p.birthDate);
    row[6] = (p.schoolId && schoolName.get(p.schoolId)) || '';
    row[7] = '2025';
    row[9] = 'Авторизован';
    row[11] = p.verification === 'verified' ? 'Верифицирован' : 'Не верифицирован';
    row[12] = p.grade ?? '';
    row[13] = p.classLetter;
    row[16] = p.sex === 'F' ? 'Ж' : 'М';
    row[18] = 'нет';
    row[26] = 1;
    row[27] = 'Оператор лазерного станка';
    row[28] = '12.03.2026';
    row[44] = 'Иванова Мария Петровна';
    sheet.addRow(row);
  });
  return workbookToBytes(wb);
}

import type { Participant, School } from '@shared/domain';
import { SEX_LABELS, VERIFICATION_LABELS } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { joinFio } from '@shared/text/fio';
import { compareRu } from '@shared/text/collation';
import { ANONYMIZED_NAME } from '@shared/participants/anonymize';
import { addTableSheet, newWorkbook, workbookToBytes, XLSX_MIME, type SheetColumn } from '../../../lib/xlsx';
import { getVenueName } from '../../../db/queries/venue';
import { platform } from '../../../platform';

/** Columns of the participant list export (a contract: sheet «Участники», header row 1). */
export const EXPORT_COLUMNS: readonly SheetColumn[] = [
  { header: '№', kind: 'number', width: 6 },
  { header: 'Фамилия', kind: 'text', width: 18 },
  { header: 'Имя', kind: 'text', width: 14 },
  { header: 'Отчество', kind: 'text', width: 18 },
  { header: 'Дата рождения', kind: 'date', width: 14 },
  { header: 'Пол', kind: 'text', width: 10 },
  { header: 'Школа', kind: 'text', width: 36 },
  { header: 'Муниципалитет', kind: 'text', width: 22 },
  { header: 'Класс', kind: 'number', width: 8 },
  { header: 'Буква класса', kind: 'text', width: 8 },
  { header: 'Наличие ОВЗ', kind: 'text', width: 10 },
  { header: 'ID на платформе', kind: 'text', width: 16 },
  { header: 'Статус верификации', kind: 'text', width: 18 },
  { header: 'Контакты', kind: 'text', width: 24 },
];

/** Rows of the export, sorted by ФИО the Russian way. ОВЗ is да/нет only: the nosology never leaves the app here. */
export function participantExportRows(participants: readonly Participant[], schools: readonly School[]) {
  const byId = new Map(schools.map((s) => [s.id, s]));
  return [...participants]
    .sort((a, b) => compareRu(joinFio(a), joinFio(b)))
    .map((p, i) => {
      const school = p.schoolId ? byId.get(p.schoolId) : undefined;
      return [
        i + 1,
        p.anonymizedAt ? ANONYMIZED_NAME : p.lastName,
        p.firstName,
        p.middleName,
        p.birthDate,
        p.sex ? SEX_LABELS[p.sex] : '',
        school?.fullName ?? '',
        school?.municipality ?? '',
        p.grade,
        p.classLetter,
        p.hasDisability ? 'да' : 'нет',
        p.platformId ?? '',
        p.verification ? VERIFICATION_LABELS[p.verification] : '',
        p.contact,
      ];
    });
}

export async function exportParticipantsXlsx(
  participants: readonly Participant[],
  schools: readonly School[],
  /** The save dialog's name for the file type, in the interface's language (the file itself is Russian). */
  fileFilter: string,
) {
  const wb = await newWorkbook({ venue: await getVenueName() });
  addTableSheet(wb, 'Участники', EXPORT_COLUMNS, participantExportRows(participants, schools));
  const data = await workbookToBytes(wb);
  return platform.saveFile({
    suggestedName: documentFileName(DOCUMENT_NAMES.participants, 'xlsx', todayIso()),
    data,
    mimeType: XLSX_MIME,
    filters: [{ name: fileFilter, extensions: ['xlsx'] }],
  });
}

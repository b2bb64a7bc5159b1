import type { CertificateSnapshot, IsoDate, Mentor, Participant, Program, School } from '../domain';
import { FORMAT_LABELS, LEVEL_LABELS } from '../domain';
import { formatDate } from '../dates';
import { academicHoursLabel } from '../programs/program-rules';
import { joinFio } from '../text/fio';

/** «8Б», «10», or empty when the grade is unknown. */
export function gradeLabel(grade: number | null, classLetter: string): string {
  if (grade === null) return '';
  return `${grade}${classLetter.trim().toLocaleUpperCase('ru')}`;
}

// The printed «2 ак. ч.» is the programmes' one rule; a certificate prints it too.
export { academicHoursLabel } from '../programs/program-rules';

/**
 * What a certificate says, taken at issue. Only what is printed: never the date of birth, ОВЗ or nosology.
 */
export function buildSnapshot(input: {
  participant: Pick<Participant, 'lastName' | 'firstName' | 'middleName' | 'grade' | 'classLetter'> & {
    sex?: Participant['sex'];
  };
  school: Pick<School, 'fullName' | 'shortName'> | undefined;
  program: Pick<Program, 'title' | 'profession' | 'level' | 'format' | 'durationMinutes'>;
  completionDate: IsoDate;
  mentors: readonly Pick<Mentor, 'lastName' | 'firstName' | 'middleName'>[];
}): CertificateSnapshot {
  const { participant, school, program } = input;
  return {
    fio: joinFio(participant),
    schoolName: school?.fullName || school?.shortName || '',
    schoolShortName: school?.shortName || school?.fullName || '',
    grade: gradeLabel(participant.grade, participant.classLetter),
    programTitle: program.title,
    profession: program.profession,
    level: program.level,
    format: program.format,
    durationMinutes: program.durationMinutes,
    completionDate: input.completionDate,
    mentorName: input.mentors.map((m) => joinFio(m)).join(', '),
    sex: participant.sex ?? null,
  };
}

/**
 * The details table a certificate prints under the programme's title, label and value: one list for the PDF
 * and its on-screen preview, so the two never differ. Document content, hence Russian.
 */
export function certificateDetails(s: CertificateSnapshot): [label: string, value: string][] {
  return [
    ['Профессия', s.profession],
    ['Уровень', LEVEL_LABELS[s.level] ?? ''],
    ['Формат', FORMAT_LABELS[s.format] ?? ''],
    ['Продолжительность', academicHoursLabel(s.durationMinutes)],
    ['Дата прохождения', formatDate(s.completionDate)],
    ['Наставник', s.mentorName],
  ];
}

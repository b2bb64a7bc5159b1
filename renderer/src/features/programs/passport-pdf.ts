import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import {
  FORMAT_LABELS,
  LEVEL_LABELS,
  NOSOLOGY_LABELS,
  PROGRAM_STATUS_LABELS,
  SPHERE_LABELS,
  type Mentor,
  type Program,
  type Venue,
} from '@shared/domain';
import { academicHoursLabel, completionLabel, gradesLabel } from '@shared/programs';
import { formatNumber } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { formatDate, todayIso } from '@shared/dates';

const BORDER = '#555555';
const HEAD_FILL = '#eef2f2';

function text(value: string, fallback = '—'): string {
  return value.trim() === '' ? fallback : value;
}

function section(title: string, body: string): Content[] {
  return [
    { text: title, style: 'h2' },
    { text: text(body, 'Не указано.'), style: 'body' },
  ];
}

const tableLayout = {
  hLineColor: () => BORDER,
  vLineColor: () => BORDER,
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * «Паспорт программы профессиональной пробы»: the document a venue submits when registering a trial —
 * the passport table, the description, task and criteria, and the equipment table. A4 portrait.
 */
export function passportDocument(
  program: Program,
  mentors: readonly Mentor[],
  venue: Venue | undefined,
  generatedOn = todayIso(),
): TDocumentDefinitions {
  const mentorNames = program.mentorIds
    .map((id) => mentors.find((m) => m.id === id))
    .filter((m): m is Mentor => m !== undefined)
    .map((m) => [joinFio(m), m.position].filter(Boolean).join(', '));

  const rows: [string, string][] = [
    ['Наименование программы', program.title],
    ['Профессия', program.profession],
    ['Профессиональная среда', SPHERE_LABELS[program.sphere]],
    ['Уровень', LEVEL_LABELS[program.level]],
    ['Формат проведения', FORMAT_LABELS[program.format]],
    [
      'Продолжительность',
      `${formatNumber(program.durationMinutes)} мин (${academicHoursLabel(program.durationMinutes)})`,
    ],
    ['Классы', `${gradesLabel(program)} ${program.gradeMin === program.gradeMax ? 'класс' : 'классы'}`],
    ['Максимальный размер группы', `${program.maxGroupSize} чел.`],
    [
      'Адаптация для обучающихся с ОВЗ',
      program.ovzAdapted
        ? `Да: ${program.nosologies.map((n) => NOSOLOGY_LABELS[n].toLowerCase()).join(', ')}`
        : 'Нет',
    ],
    ['Автор (составитель)', text(program.author)],
    ['Наставники', mentorNames.length > 0 ? mentorNames.join('\n') : '—'],
    ['Условие прохождения пробы', completionLabel(program.completion)],
    ['Статус', PROGRAM_STATUS_LABELS[program.status]],
  ];

  const passportTable: Content = {
    table: {
      widths: [170, '*'],
      body: rows.map(([k, v]): TableCell[] => [{ text: k, bold: true, fillColor: HEAD_FILL }, { text: v }]),
    },
    layout: tableLayout,
    margin: [0, 4, 0, 10],
  };

  const equipmentHead: TableCell[] = [
    '№',
    'Наименование',
    'Характеристики',
    'Кол-во',
    'Норма',
    'Обязательность',
  ].map((h) => ({ text: h, bold: true, fillColor: HEAD_FILL, alignment: 'center' as const, fontSize: 8.5 }));
  const equipmentBody: TableCell[][] = program.equipment.map((e, i) => [
    { text: String(i + 1), alignment: 'center' },
    e.name,
    text(e.specs),
    { text: formatNumber(e.quantity), alignment: 'center' },
    e.per === 'person' ? 'на человека' : 'на группу',
    e.required ? 'обязательно' : 'опционально',
  ]);
  const equipment: Content =
    program.equipment.length === 0
      ? { text: 'Оборудование не требуется.', style: 'body' }
      : {
          table: {
            headerRows: 1,
            widths: [14, '*', '*', 34, 58, 74],
            body: [equipmentHead, ...equipmentBody],
          },
          layout: tableLayout,
          margin: [0, 4, 0, 10],
        };

  return {
    pageSize: 'A4',
    pageMargins: [56, 50, 42, 50],
    info: { title: `Паспорт программы — ${program.title}` },
    footer: (page, pages) => ({
      columns: [
        { text: `Сформировано в ПрофПробе ${formatDate(generatedOn)}`, color: '#777777' },
        { text: `Стр. ${page} из ${pages}`, alignment: 'right', color: '#777777' },
      ],
      margin: [56, 16, 42, 0],
      fontSize: 8,
    }),
    content: [
      ...(venue ? [{ text: venue.fullName, style: 'venue' } satisfies Content] : []),
      { text: 'Паспорт программы профессиональной пробы', style: 'h1' },
      { text: `«${program.title}»`, style: 'title' },
      passportTable,
      ...section('Описание программы', program.description),
      ...section('Задание пробы', program.task),
      ...section('Критерии оценивания', program.assessmentCriteria),
      ...section('Рекомендации для наставника', program.mentorNotes),
      { text: 'Оборудование и материалы', style: 'h2' },
      equipment,
      venue
        ? {
            columns: [
              { text: `${text(venue.directorPosition, 'Руководитель')}\n${venue.shortName}`, width: '*' },
              { text: '____________________', width: 110, alignment: 'center', margin: [0, 10, 0, 0] },
              { text: venue.directorName, width: 'auto', margin: [8, 10, 0, 0] },
            ],
            margin: [0, 18, 0, 0],
            unbreakable: true,
          }
        : { text: '' },
    ],
    styles: {
      venue: { fontSize: 9, alignment: 'center', color: '#333333', margin: [0, 0, 0, 14] },
      h1: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      title: { fontSize: 13, alignment: 'center', margin: [0, 0, 0, 12] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 8, 0, 3] },
      body: { fontSize: 10, lineHeight: 1.2, margin: [0, 0, 0, 4] },
    },
    defaultStyle: { fontSize: 10 },
  };
}

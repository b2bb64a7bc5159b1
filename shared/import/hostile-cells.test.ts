import { describe, expect, it } from 'vitest';
import { buildImportPlan, classifyRows } from './classify';
import { buildImportRows } from './rows';
import { parseClass, parseClassLetter, parseSex, parseVerification, parseYesNo } from './values';
import type { CellTable } from './cells';

// Cells that name members of Object.prototype: a lookup in a plain object finds a function or an object
// there, which then cannot cross to the worker or into IndexedDB (DataCloneError).
const HOSTILE = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'CONSTRUCTOR',
  '__PROTO__',
];
const TODAY = '2026-11-24';

describe('every cell is data: names of Object.prototype members are unknown words', () => {
  it.each(HOSTILE)(
    '«%s» in «Пол», «Буква», «Класс», yes/no and verification cells is a problem, never a value',
    (text) => {
      for (const parse of [parseSex, parseClassLetter, parseClass, parseYesNo, parseVerification]) {
        const parsed = parse(text);
        expect(parsed).not.toBeNull();
        expect(parsed && 'error' in parsed).toBe(true);
      }
    },
  );

  it("through the worker's row building and classification: the rows stay plain data and import without the bad values", () => {
    const header = ['ФИО', 'Пол', 'Класс', 'Буква', 'наличие ОВЗ', 'Школа'];
    const table: CellTable = [
      header,
      ...HOSTILE.map((text, i) => [
        `Иванов${'а'.repeat(i)} Иван Иванович`,
        text,
        '8',
        text,
        text,
        'МОУ СОШ № 1',
      ]),
    ];
    const rows = buildImportRows(
      table,
      0,
      { fio: 0, sex: 1, grade: 2, classLetter: 3, hasDisability: 4, school: 5 },
      TODAY,
    );
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      expect(row.draft.sex).toBeNull();
      expect(row.draft.classLetter).toBe('');
      expect(row.draft.hasDisability).toBeNull();
      // The bad cells are labelled, each with its column.
      expect(row.warnings.map((w) => ('header' in w.column ? w.column.header : w.column.field))).toEqual(
        expect.arrayContaining(['Пол', 'Буква']),
      );
    }
    const classified = classifyRows(rows, { participants: [], schools: [], healthConsentIds: new Set() });
    // What the worker posts back and the commit stores must be structured-cloneable.
    expect(() => structuredClone(classified)).not.toThrow();
    const plan = buildImportPlan(classified, []);
    expect(() => structuredClone(plan)).not.toThrow();
    expect(JSON.stringify(plan)).not.toMatch(/function|\[native code\]/);
  });
});

describe('what the card refuses the import does not store', () => {
  it('names, contact, platform id and school beyond the participant and school schemas are row errors with their column', () => {
    const header = ['Фамилия', 'Имя', 'Отчество', 'Телефон', 'ID', 'Школа'];
    const ok = ['Иванов', 'Иван', 'Иванович', '+7 900 000-00-00', '123', 'МОУ СОШ № 1'];
    const withCell = (i: number, text: string) => ok.map((c, j) => (j === i ? text : c));
    const table: CellTable = [
      header,
      ok,
      withCell(0, 'Я'.repeat(300)),
      withCell(1, 'Я'.repeat(101)),
      withCell(2, 'Я'.repeat(101)),
      withCell(3, '1'.repeat(201)),
      withCell(4, '7'.repeat(51)),
      withCell(5, 'Ш'.repeat(501)),
    ];
    const rows = buildImportRows(
      table,
      0,
      { lastName: 0, firstName: 1, middleName: 2, contact: 3, platformId: 4, school: 5 },
      TODAY,
    );
    expect(rows[0]!.errors).toEqual([]);
    expect(rows.slice(1).map((r) => r.errors.map((e) => [e.column, e.problem]))).toEqual([
      [
        [
          { header: 'Фамилия', letter: 'A' },
          { code: 'common.tooLong', params: { max: 100 } },
        ],
      ],
      [
        [
          { header: 'Имя', letter: 'B' },
          { code: 'common.tooLong', params: { max: 100 } },
        ],
      ],
      [
        [
          { header: 'Отчество', letter: 'C' },
          { code: 'common.tooLong', params: { max: 100 } },
        ],
      ],
      [
        [
          { header: 'Телефон', letter: 'D' },
          { code: 'common.tooLong', params: { max: 200 } },
        ],
      ],
      [
        [
          { header: 'ID', letter: 'E' },
          { code: 'common.tooLong', params: { max: 50 } },
        ],
      ],
      [
        [
          { header: 'Школа', letter: 'F' },
          { code: 'common.tooLong', params: { max: 500 } },
        ],
      ],
    ]);
    const classified = classifyRows(rows, { participants: [], schools: [], healthConsentIds: new Set() });
    expect(classified.map((r) => r.status)).toEqual(['new', ...Array(6).fill('invalid')]);
  });
});

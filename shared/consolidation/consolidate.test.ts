import { describe, expect, it } from 'vitest';
import type { ReportData } from '../reports/report-data';
import type { ReportTable } from '../reports/report-table';
import { joinFio } from '../text/fio';
import { consolidate, type FileOutcome } from './consolidate';
import { TOTAL_HEADERS } from './contract';
import { parseReportFile } from './report-file';
import { demoReportData, reportOf, tablesAsSheets } from './testing';

const today = '2026-11-20';
const quarter = { from: '2026-10-01', to: '2026-12-31' };
const describeCode = (code: string, params: object) => `${code} ${JSON.stringify(params)}`;
const options = { period: quarter, generatedOn: '2026-12-01', describe: describeCode };
const secret = 'ключ Ивановской области';

const table = (tables: readonly ReportTable[], name: string) => tables.find((t) => t.name === name)!;
const outcome = (file: string, tables: readonly ReportTable[]): FileOutcome => ({
  file,
  ok: true,
  report: parseReportFile(file, tablesAsSheets(tables)),
});

/** The «Сводка» «Итого» of a venue report: the eight figures a consolidation adds up. */
function summaryTotals(tables: readonly ReportTable[]): number[] {
  const t = table(tables, 'Сводка');
  return TOTAL_HEADERS.map((h) => t.total![t.columns.findIndex((c) => c.header === h)] as number);
}

/** Distinct pupils of a report's «Участники», by ФИО + birth date (the demo pupils all have both). */
function pupilsOf(tables: readonly ReportTable[]): Set<string> {
  return new Set(table(tables, 'Участники').rows.map((r) => `${String(r[2])}|${String(r[3])}`));
}

const venueA = demoReportData(today, 11, {
  venueId: 'A',
  name: 'Площадка А',
  municipality: 'Город А',
  secret,
});
const baseB = demoReportData(today, 22, {
  venueId: 'B',
  name: 'Площадка Б',
  municipality: 'Район Б',
  secret,
});

/** Venue B with two of its pupils who completed a trial replaced by two of A's (the same children). */
async function venueBSharingTwoPupils(): Promise<{ data: ReportData; shared: string[] }> {
  const reportA = await reportOf(venueA, quarter, today);
  const reportB = await reportOf(baseB, quarter, today);
  // Two of A's pupils with a birth date and a platform ID, so each rule of the match has something to match.
  const namesA = [
    ...new Set(
      table(reportA.tables, 'Участники')
        .rows.filter((r) => r[1] && r[3])
        .map((r) => String(r[2])),
    ),
  ].slice(0, 2);
  const namesB = [...new Set(table(reportB.tables, 'Участники').rows.map((r) => String(r[2])))].slice(0, 2);
  const fromA = namesA.map((n) => venueA.participants.find((p) => joinFio(p) === n)!);
  const participants = baseB.participants.map((p) => {
    const i = namesB.indexOf(joinFio(p));
    if (i < 0) return p;
    const a = fromA[i]!;
    // The first is written without a patronymic and with «е» for «ё» at B; the second keeps A's platform ID.
    return i === 0
      ? {
          ...p,
          lastName: a.lastName.replace(/ё/g, 'е'),
          firstName: a.firstName,
          middleName: '',
          birthDate: a.birthDate,
          platformId: null,
        }
      : {
          ...p,
          lastName: a.lastName,
          firstName: a.firstName,
          middleName: a.middleName,
          birthDate: a.birthDate,
          platformId: a.platformId,
        };
  });
  return { data: { ...baseB, participants }, shared: namesA };
}

describe('consolidation of venue reports', () => {
  it('adds up accepted venues, counts a pupil seen at two venues once, refuses with reasons', async () => {
    const { data: venueB } = await venueBSharingTwoPupils();
    const a = await reportOf(venueA, quarter, today);
    const aOlder = await reportOf(venueA, quarter, '2026-11-01');
    const b = await reportOf(venueB, quarter, today);
    const c = await reportOf(
      demoReportData(today, 33, { venueId: 'C', name: 'Площадка В', municipality: 'Город А', secret }),
      { from: '2026-07-01', to: '2026-09-30' },
      today,
    );
    const result = consolidate(
      [
        outcome('a-old.xlsx', aOlder.tables),
        outcome('a.xlsx', a.tables),
        outcome('b.xlsx', b.tables),
        outcome('c.xlsx', c.tables),
        { file: 'broken.xlsx', ok: false, code: 'consolidation.damaged', params: {} },
      ],
      options,
    );

    expect(result.verdicts.map((v) => [v.file, v.accepted, v.reason?.code ?? null])).toEqual([
      ['a-old.xlsx', false, 'consolidation.sameVenue'],
      ['a.xlsx', true, null],
      ['b.xlsx', true, null],
      ['c.xlsx', false, 'consolidation.otherPeriod'],
      ['broken.xlsx', false, 'consolidation.damaged'],
    ]);
    expect(result.verdicts[0]!.reason!.params).toEqual({ newer: 'a.xlsx' });

    const expected = summaryTotals(a.tables).map((n, i) => n + summaryTotals(b.tables)[i]!);
    const svod = table(result.tables, 'Свод');
    expect(svod.rows.map((r) => r[0])).toEqual(['Площадка А', 'Площадка Б']);
    expect(svod.total!.slice(6)).toEqual(expected);
    expect(expected[2]).toBeGreaterThan(0);
    // «По средам» and «По муниципалитетам» add up to the same.
    expect(table(result.tables, 'По средам').total!.slice(2)).toEqual(expected);
    expect(table(result.tables, 'По муниципалитетам').total!.slice(2, 10)).toEqual(expected);

    const distinct = pupilsOf(a.tables).size + pupilsOf(b.tables).size - 2;
    expect(result.figures).toMatchObject({
      venues: 2,
      uniquePupils: distinct,
      multiVenuePupils: 2,
      refused: 3,
    });
    expect(table(result.tables, 'Уникальные участники').rows[0]).toEqual(['Уникальных участников', distinct]);
    expect(table(result.tables, 'По муниципалитетам').total!.at(-1)).toBe(distinct);
    expect(table(result.tables, 'Участники').rows).toHaveLength(
      table(a.tables, 'Участники').rows.length + table(b.tables, 'Участники').rows.length,
    );

    const check = table(result.tables, 'Проверка').rows.filter((r) => r[4] === 'файл не принят');
    expect(check.map((r) => [r[0], r[4], String(r[5]).split(' ')[0]])).toEqual([
      ['a-old.xlsx', 'файл не принят', 'consolidation.sameVenue'],
      ['c.xlsx', 'файл не принят', 'consolidation.otherPeriod'],
      ['broken.xlsx', 'файл не принят', 'consolidation.damaged'],
    ]);
  });

  it('without the pupil key (different secrets, or none) the same pupils still match by ФИО + birth date', async () => {
    const { data } = await venueBSharingTwoPupils();
    const b = await reportOf(
      { ...data, venue: { ...data.venue!, pupilKeySecret: 'другой ключ' } },
      quarter,
      today,
    );
    const a = await reportOf({ ...venueA, venue: { ...venueA.venue!, pupilKeySecret: '' } }, quarter, today);
    const result = consolidate([outcome('a.xlsx', a.tables), outcome('b.xlsx', b.tables)], options);
    expect(result.figures.multiVenuePupils).toBe(2);
    expect(result.figures.uniquePupils).toBe(pupilsOf(a.tables).size + pupilsOf(b.tables).size - 2);
    // A's file has no keys at all and says so; a demo pupil without birth date or platform ID is noted too.
    const notes = table(result.tables, 'Проверка').rows.map(
      (r) => `${String(r[0])} ${String(r[5]).split(' ')[0]}`,
    );
    expect(notes).toContain('a.xlsx consolidation.noKeys');
    expect(notes.filter((n) => !n.endsWith('rowUnmatchable'))).toEqual(['a.xlsx consolidation.noKeys']);
  });

  it('an old report (format 1: no venue id, region, version or key) still consolidates and says so', async () => {
    const a = await reportOf(venueA, quarter, today);
    const old = a.tables.map((t) => {
      if (t.name === 'Титул') return { ...t, rows: t.rows.slice(0, 8) };
      if (t.name === 'Участники')
        return { ...t, columns: t.columns.slice(0, -1), rows: t.rows.map((r) => r.slice(0, -1)) };
      return t;
    });
    const parsed = parseReportFile('old.xlsx', tablesAsSheets(old));
    expect(parsed.version).toBe(1);
    expect(parsed.venues[0]!.identity).toBe('name:3700000000|площадка а');
    const result = consolidate([{ file: 'old.xlsx', ok: true, report: parsed }], options);
    expect(result.verdicts[0]!.accepted).toBe(true);
    expect(result.figures.uniquePupils).toBe(pupilsOf(a.tables).size);
    expect(table(result.tables, 'Проверка').rows.map((r) => String(r[5]))).toEqual([
      'consolidation.noKeyColumn {"file":"old.xlsx","row":"","version":1}',
    ]);
  });

  it('a consolidated report is itself an input: municipality → region gives the same figures', async () => {
    const { data: venueB } = await venueBSharingTwoPupils();
    const a = await reportOf(venueA, quarter, today);
    const b = await reportOf(venueB, quarter, today);
    const d = await reportOf(
      demoReportData(today, 44, { venueId: 'D', name: 'Площадка Г', municipality: 'Район Г', secret }),
      quarter,
      today,
    );
    const direct = consolidate(
      [outcome('a', a.tables), outcome('b', b.tables), outcome('d', d.tables)],
      options,
    );
    const municipality = consolidate([outcome('a', a.tables), outcome('b', b.tables)], options);
    const region = consolidate(
      [outcome('муниципалитет.xlsx', municipality.tables), outcome('d', d.tables)],
      options,
    );
    expect(region.verdicts.every((v) => v.accepted)).toBe(true);
    for (const name of ['Свод', 'По средам', 'По муниципалитетам', 'Уникальные участники'])
      expect(table(region.tables, name), name).toEqual(table(direct.tables, name));
    expect(region.figures).toEqual(direct.figures);
    // A venue report sent again next to the consolidation that holds it is the same venue twice.
    const twice = consolidate(
      [outcome('муниципалитет.xlsx', municipality.tables), outcome('a', a.tables)],
      options,
    );
    expect(twice.verdicts.map((v) => v.accepted)).toEqual([true, false]);
  });

  it('a file that is not a report is refused naming what is missing', () => {
    expect(() => parseReportFile('list.xlsx', new Map([['Лист1', [['ФИО', 'Школа']]]]))).toThrow(
      /consolidation.notReport .*нет листа «Титул»/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  excelSerialToIso,
  formatDate,
  formatDateTime,
  isIsoDate,
  pad,
  parseRuDate,
  parseTime,
  quarterLabel,
  quarterOf,
  quarterRange,
  spreadsheetDateToIso,
  startOfWeek,
  timeToMinutes,
  weekday,
} from './dates';

describe('dates', () => {
  it('parses ДД.ММ.ГГГГ into ISO and refuses impossible dates', () => {
    expect(parseRuDate('12.03.2026')).toBe('2026-03-12');
    expect(parseRuDate(' 1.3.2026 ')).toBe('2026-03-01');
    expect(parseRuDate('29.02.2024')).toBe('2024-02-29');
    expect(parseRuDate('29.02.2026')).toBeNull();
    expect(parseRuDate('31.04.2026')).toBeNull();
    expect(parseRuDate('00.01.2026')).toBeNull();
    expect(parseRuDate('2026-03-12')).toBeNull();
    expect(parseRuDate('12/03/2026')).toBeNull();
  });

  it('formats ISO dates as ДД.ММ.ГГГГ', () => {
    expect(formatDate('2026-03-12')).toBe('12.03.2026');
    expect(formatDate(null)).toBe('');
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('parses and compares times ЧЧ:ММ', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('12:60')).toBeNull();
    expect(timeToMinutes('15:30')).toBe(930);
  });

  it('does date arithmetic on local calendar days, across month, year and DST boundaries', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-11-24')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(weekday('2026-11-29')).toBe(7);
  });

  it('computes age in whole years', () => {
    expect(ageOn('2012-11-25', '2026-11-24')).toBe(13);
    expect(ageOn('2012-11-24', '2026-11-24')).toBe(14);
  });

  it('reads Excel serial dates, including the 1900 leap-year quirk', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(46093)).toBe('2026-03-12');
    expect(excelSerialToIso(0)).toBeNull();
    expect(spreadsheetDateToIso(new Date(Date.UTC(2026, 2, 12)))).toBe('2026-03-12');
  });

  it('names and bounds quarters', () => {
    expect(quarterOf('2026-08-15')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterRange({ year: 2026, quarter: 3 })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange({ year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterLabel({ year: 2026, quarter: 3 })).toBe('III квартал 2026');
  });
});

describe('pad and formatDateTime', () => {
  it('pads to two digits or the width given', () => {
    expect(pad(5)).toBe('05');
    expect(pad(12)).toBe('12');
    expect(pad(7, 4)).toBe('0007');
  });

  it('writes an instant as ДД.ММ.ГГГГ ЧЧ:ММ in local time, empty for a bad one', () => {
    expect(formatDateTime(new Date(2026, 10, 24, 9, 5).toISOString())).toBe('24.11.2026 09:05');
    expect(formatDateTime('not a date')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { documentFileName, MAX_FILE_NAME, safeFileName } from './file-name';

describe('documentFileName', () => {
  it('writes «<что> <период>.ext» with dates as ДД.ММ.ГГГГ', () => {
    expect(documentFileName('Участники', 'xlsx', '2026-12-02')).toBe('Участники 02.12.2026.xlsx');
    expect(documentFileName('Квартальный отчёт', 'xlsx', { from: '2026-10-01', to: '2026-11-30' })).toBe(
      'Квартальный отчёт 01.10.2026–30.11.2026.xlsx',
    );
    expect(documentFileName('Квартальный отчёт', 'xlsx', { from: '2026-10-01', to: '2026-12-31' })).toBe(
      'Квартальный отчёт IV квартал 2026.xlsx',
    );
    expect(
      documentFileName('Квартальный отчёт', 'zip', { from: '2026-07-01', to: '2026-09-30' }, 'CSV'),
    ).toBe('Квартальный отчёт III квартал 2026 (CSV).zip');
    expect(documentFileName('Расписание', 'pdf', { from: '2026-11-30', to: '2026-11-30' })).toBe(
      'Расписание 30.11.2026.pdf',
    );
    expect(documentFileName('Квартальный отчёт', 'zip', 'IV квартал 2026')).toBe(
      'Квартальный отчёт IV квартал 2026.zip',
    );
    expect(documentFileName('Образец сертификата', '.pdf')).toBe('Образец сертификата.pdf');
  });

  it('is safe on Windows: no reserved characters, no trailing dot or space, no device names', () => {
    expect(documentFileName('Паспорт программы «3D: печать / моделирование?»', 'pdf')).toBe(
      'Паспорт программы «3D печать моделирование».pdf',
    );
    expect(documentFileName('Журнал посещаемости "Станки" <ЧПУ>|*', 'xlsx')).toBe(
      'Журнал посещаемости Станки ЧПУ.xlsx',
    );
    expect(documentFileName('Группа 1...  ', 'csv')).toBe('Группа 1.csv');
    expect(documentFileName('Строка\nвторая\tтретья', 'csv')).toBe('Строка вторая третья.csv');
    expect(documentFileName('CON', 'xlsx')).toBe('_CON.xlsx');
    expect(documentFileName('nul', 'pdf')).toBe('_nul.pdf');
    expect(documentFileName(':::', 'pdf')).toBe('Документ.pdf');
    for (const name of [documentFileName('a/b\\c', 'pdf'), documentFileName('x', 'pdf', 'a:b')]) {
      expect(name).not.toMatch(/[\\/:*?"<>|]/);
    }
  });

  it('cuts a long name inside «что», keeping the period and the extension', () => {
    const name = documentFileName(
      `Журнал посещаемости ${'Очень длинное название группы '.repeat(10)}`,
      'xlsx',
      {
        from: '2026-10-01',
        to: '2026-12-30',
      },
    );
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name).toMatch(/… 01\.10\.2026–30\.12\.2026\.xlsx$/);
    expect(name.startsWith('Журнал посещаемости Очень')).toBe(true);
  });
});

describe('safeFileName', () => {
  it('keeps Russian typography and falls back when nothing is left', () => {
    expect(safeFileName('Сертификаты ИМП-2026-0001 — ИМП-2026-0011')).toBe(
      'Сертификаты ИМП-2026-0001 — ИМП-2026-0011',
    );
    expect(safeFileName('  ', 'Таблица')).toBe('Таблица');
  });
});

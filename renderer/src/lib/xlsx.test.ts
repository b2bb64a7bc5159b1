import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addTableSheet, newWorkbook, workbookToBytes } from './xlsx';

describe('xlsx table sheets', () => {
  it('write text as text, dates as real dates and numbers as numbers, and read back', async () => {
    const wb = await newWorkbook();
    addTableSheet(
      wb,
      'Участники',
      [
        { header: 'ФИО', kind: 'text' },
        { header: 'Дата', kind: 'date' },
        { header: 'Кол-во', kind: 'number' },
      ],
      [
        ['=HYPERLINK("http://x")', '2026-03-12', 3],
        ['Ёлкина «Анна»; "Мария"\nвторая строка', null, 0],
      ],
      ['Итого', null, 3],
    );
    const bytes = await workbookToBytes(wb);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = back.getWorksheet('Участники')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'ФИО', 'Дата', 'Кол-во']);
    const injected = sheet.getCell('A2');
    expect(injected.value).toBe('=HYPERLINK("http://x")');
    expect(injected.formula).toBeUndefined();
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 2, 12)));
    expect(sheet.getCell('B2').numFmt).toBe('DD.MM.YYYY');
    expect(sheet.getCell('C2').value).toBe(3);
    expect(sheet.getCell('A3').value).toBe('Ёлкина «Анна»; "Мария"\nвторая строка');
    expect(sheet.getCell('A4').value).toBe('Итого');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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

describe('xlsx print layout', () => {
  async function written(columns: { header: string; kind: 'text'; width: number }[], venue?: string) {
    const wb = await newWorkbook({ venue });
    addTableSheet(
      wb,
      'Сводка',
      columns,
      Array.from({ length: 80 }, (_, i) => columns.map(() => `строка ${i + 1}`)),
    );
    const zip = await JSZip.loadAsync(await workbookToBytes(wb));
    return {
      sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
      workbook: await zip.file('xl/workbook.xml')!.async('string'),
    };
  }
  const attr = (xml: string, tag: string, name: string) =>
    new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

  it('prints a wide table on landscape A4, one page wide, header row repeated, narrow margins, venue footer', async () => {
    const { sheet, workbook } = await written(
      Array.from({ length: 8 }, (_, i) => ({ header: `Колонка ${i + 1}`, kind: 'text' as const, width: 18 })),
      'ЦДТТ «Импульс» & Ко',
    );
    expect(attr(sheet, 'pageSetup', 'paperSize')).toBe('9');
    expect(attr(sheet, 'pageSetup', 'orientation')).toBe('landscape');
    expect(attr(sheet, 'pageSetup', 'fitToWidth')).toBe('1');
    expect(attr(sheet, 'pageSetup', 'fitToHeight')).toBe('0');
    expect(attr(sheet, 'pageSetUpPr', 'fitToPage')).toBe('1');
    expect(attr(sheet, 'pageMargins', 'left')).toBe('0.25');
    expect(attr(sheet, 'pageMargins', 'right')).toBe('0.25');
    const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(sheet)?.[1];
    expect(footer).toBe('&amp;LЦДТТ «Импульс» &amp;&amp; Ко&amp;RСтр. &amp;P из &amp;N');
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;)?Сводка(&apos;)?!\$1:\$1<\/definedName>/,
    );
  });

  it('keeps a narrow table portrait, with page numbers even without a venue', async () => {
    const { sheet } = await written([
      { header: 'ФИО', kind: 'text', width: 40 },
      { header: 'Класс', kind: 'text', width: 10 },
    ]);
    expect(attr(sheet, 'pageSetup', 'paperSize')).toBe('9');
    expect(attr(sheet, 'pageSetup', 'orientation')).toBe('portrait');
    expect(/<oddFooter>([^<]*)<\/oddFooter>/.exec(sheet)?.[1]).toBe('&amp;RСтр. &amp;P из &amp;N');
  });
});

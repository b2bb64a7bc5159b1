import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReportTable } from '@shared/reports/report-table';
import { sheetNames, tablesToCsvZip, tablesToXlsx } from './export-files';

const TRICKY = 'О\'Нил «Анна»; "Мария"\nвторая строка';

const tables: ReportTable[] = [
  {
    name: 'Титул',
    columns: [
      { header: 'Показатель', kind: 'text' },
      { header: 'Значение', kind: 'text' },
    ],
    rows: [
      ['Площадка', TRICKY],
      ['Период с', { date: '2026-07-01' }],
    ],
    total: null,
  },
  {
    name: 'Участники',
    columns: [
      { header: '№пп', kind: 'number' },
      { header: 'ФИО', kind: 'text' },
      { header: 'Дата рождения', kind: 'date' },
      { header: '12.03.2026 14:00', kind: 'text' },
    ],
    rows: [
      [1, TRICKY, '2011-01-15', 'присутствовал'],
      [2, '=HYPERLINK("http://evil")', null, '-'],
      [3, '@cmd', null, '+1'],
    ],
    total: ['Итого', null, null, 1],
  },
];

describe('report files', () => {
  it('XLSX: sheets in order, guarded text, real dates, counts as numbers, tricky names intact', async () => {
    const bytes = await tablesToXlsx(tables);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Титул', 'Участники']);
    const title = wb.getWorksheet('Титул')!;
    expect(title.getCell('B2').value).toBe(TRICKY);
    expect(title.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(title.getCell('B3').numFmt).toBe('DD.MM.YYYY');
    const list = wb.getWorksheet('Участники')!;
    expect(list.getRow(1).values).toEqual([undefined, '№пп', 'ФИО', 'Дата рождения', '12.03.2026 14:00']);
    expect(list.getCell('B2').value).toBe(TRICKY);
    expect(list.getCell('C2').value).toEqual(new Date(Date.UTC(2011, 0, 15)));
    expect(list.getCell('B3').value).toBe('=HYPERLINK("http://evil")');
    expect(list.getCell('B3').formula).toBeUndefined();
    // ExcelJS has no quote prefix; what protects the cell is that it is a string cell, never a formula.
    for (const ref of ['B3', 'B4', 'D3', 'D4']) expect(list.getCell(ref).type).toBe(ExcelJS.ValueType.String);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
    expect(list.getCell('A5').value).toBe('Итого');
    expect(list.getCell('D5').value).toBe(1);
    expect(list.getRow(5).font?.bold).toBe(true);
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('XLSX: every sheet prints on A4, one page wide, with the header row repeated and the venue in the footer', async () => {
    const zip = await JSZip.loadAsync(await tablesToXlsx(tables, { venue: 'ЦДТТ «Импульс»' }));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    for (const [i, name] of ['Титул', 'Участники'].entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      expect(xml).toMatch(/<pageSetup\b[^>]*paperSize="9"/);
      expect(xml).toMatch(/<pageSetup\b[^>]*fitToWidth="1"/);
      expect(xml).toContain('<oddFooter>&amp;LЦДТТ «Импульс»&amp;RСтр. &amp;P из &amp;N</oddFooter>');
      expect(workbookXml).toContain(`localSheetId="${i}">&apos;${name}&apos;!$1:$1</definedName>`);
    }
  });

  it('CSV zip: one BOM-prefixed ;-file per table that parses back to the same text', async () => {
    const zip = await JSZip.loadAsync(await tablesToCsvZip(tables));
    expect(Object.keys(zip.files)).toEqual(['1 Титул.csv', '2 Участники.csv']);
    const raw = await zip.file('2 Участники.csv')!.async('uint8array');
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    expect(text.charAt(0)).toBe('\uFEFF');
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(['№пп', 'ФИО', 'Дата рождения', '12.03.2026 14:00']);
    expect(rows[1]).toEqual(['1', TRICKY, '15.01.2011', 'присутствовал']);
    expect(rows[2]).toEqual(['2', '\'=HYPERLINK("http://evil")', '', "'-"]);
    expect(rows[3]).toEqual(['3', "'@cmd", '', "'+1"]);
    expect(rows[4]).toEqual(['Итого', '', '', '1']);
    const title = new TextDecoder().decode(await zip.file('1 Титул.csv')!.async('uint8array'));
    expect(title).toContain('Период с;01.07.2026');
  });

  it('sheet names follow Excel rules and stay unique', () => {
    expect(
      sheetNames([
        'Группа: 8/9 [А]',
        'Очень длинное имя группы, больше тридцати одного знака',
        'лист',
        'Лист',
      ]),
    ).toEqual(['Группа 8 9 А', 'Очень длинное имя группы, больш', 'лист', 'Лист (2)']);
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openXlsx } from './xlsx-read';
import { writeTablesXlsx, xmlEscape, type TableSheetSpec } from './xlsx-write';

const TRICKY = 'О\'Нил «Анна» & <Ко>; "Мария"\nвторая строка\u0007';

const sheets: TableSheetSpec[] = [
  {
    name: 'Титул',
    columns: [
      { header: 'Показатель', kind: 'text' },
      { header: 'Значение', kind: 'text' },
    ],
    rows: [
      ['Площадка', TRICKY],
      ['Период с', { date: '2026-07-01' }],
      ['Строк', 3],
      ['Пробелы', '  по краям  '],
    ],
  },
  {
    name: "Уч'астники",
    columns: [
      { header: '№пп', kind: 'number' },
      { header: 'ФИО', kind: 'text' },
      { header: 'Дата рождения', kind: 'date', width: 14 },
      { header: 'Отметка', kind: 'text' },
    ],
    rows: [
      [1, TRICKY, '2011-01-15', 'присутствовал'],
      [2, '=HYPERLINK("http://evil")', null, '-'],
      [3, '@cmd', '', '2011-01-15'],
      [4.5, '', { date: '2011-02-28' }, null, 'лишняя'],
    ],
    total: ['Итого', null, { date: '2026-07-01' }, 4],
  },
  // A big plain sheet: rows far beyond column Z, and many of them.
  {
    name: 'Много',
    columns: Array.from({ length: 30 }, (_, i) => ({ header: `К${i + 1}`, kind: i === 2 ? 'date' : 'text' })),
    rows: Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => (c === 2 ? '2026-05-15' : c === 5 ? r : `т ${r}.${c}`)),
    ),
  },
];

describe('table XLSX writer', () => {
  it('is read back by our reader cell for cell', async () => {
    const bytes = await writeTablesXlsx(sheets);
    const book = await openXlsx(bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(['Титул', "Уч'астники", 'Много']);
    const title = await book.readSheet(book.sheets[0]!);
    expect(title).toEqual([
      ['Показатель', 'Значение'],
      ['Площадка', TRICKY.replace('\u0007', '')],
      ['Период с', { date: '2026-07-01' }],
      ['Строк', 3],
      ['Пробелы', '  по краям  '],
    ]);
    const list = await book.readSheet(book.sheets[1]!);
    expect(list).toEqual([
      ['№пп', 'ФИО', 'Дата рождения', 'Отметка'],
      [1, TRICKY.replace('\u0007', ''), { date: '2011-01-15' }, 'присутствовал'],
      [2, '=HYPERLINK("http://evil")', null, '-'],
      [3, '@cmd', null, '2011-01-15'],
      [4.5, null, { date: '2011-02-28' }, null, 'лишняя'],
      ['Итого', null, { date: '2026-07-01' }, 4],
    ]);
    const many = await book.readSheet(book.sheets[2]!);
    expect(many).toHaveLength(3001);
    expect(many[3000]![2]).toEqual({ date: '2026-05-15' });
    expect(many[3000]![5]).toBe(2999);
    expect(many[3000]![29]).toBe('т 2999.29');
  });

  it('opens in ExcelJS with the look of addTableSheet: bold frozen header, date formats, bold total, no formulas', async () => {
    const bytes = await writeTablesXlsx(sheets, { venue: 'ЦДТТ «Импульс» & Ко' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.company).toBe('ЦДТТ «Импульс» & Ко');
    expect(wb.creator).toBe('ПрофПроба');
    const list = wb.worksheets[1]!;
    expect(list.name).toBe("Уч'астники");
    expect(list.getRow(1).font?.bold).toBe(true);
    expect(list.getCell('A1').alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list.getColumn(3).width).toBe(14);
    expect(list.getColumn(2).width).toBe(10);
    expect(list.getCell('C2').value).toEqual(new Date(Date.UTC(2011, 0, 15)));
    expect(list.getCell('C2').numFmt).toBe('DD.MM.YYYY');
    expect(list.getCell('B3').value).toBe('=HYPERLINK("http://evil")');
    expect(list.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(list.getCell('D4').type).toBe(ExcelJS.ValueType.String);
    expect(list.getRow(6).font?.bold).toBe(true);
    expect(list.getCell('C6').numFmt).toBe('DD.MM.YYYY');
    expect(list.getCell('D6').value).toBe(4);
    expect(list.autoFilter).toBe('A1:D1');
    const title = wb.worksheets[0]!;
    expect(title.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(title.getCell('B3').alignment).toMatchObject({ horizontal: 'left' });
    expect(title.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(wb.worksheets[2]!.pageSetup.orientation).toBe('landscape');
  });

  it('prints on A4 with the header row repeated and the venue in the footer, as addTableSheet does', async () => {
    const zip = await JSZip.loadAsync(await writeTablesXlsx(sheets, { venue: 'ЦДТТ «Импульс» & Ко' }));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain(
      '<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    );
    expect(sheet).toContain(
      '<oddFooter>&amp;LЦДТТ «Импульс» &amp;&amp; Ко&amp;RСтр. &amp;P из &amp;N</oddFooter>',
    );
    expect(workbookXml).toContain('localSheetId="0">&apos;Титул&apos;!$1:$1</definedName>');
    expect(workbookXml).toContain('localSheetId="1">&apos;Уч&apos;&apos;астники&apos;!$1:$1</definedName>');
    const bare = await JSZip.loadAsync(await writeTablesXlsx(sheets.slice(0, 1)));
    expect(await bare.file('xl/worksheets/sheet1.xml')!.async('string')).toContain(
      '<oddFooter>&amp;RСтр. &amp;P из &amp;N</oddFooter>',
    );
  });

  it('escapes text for XML and drops what XML cannot hold', () => {
    expect(xmlEscape('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(xmlEscape('tab\there\nline\u0000\u001f')).toBe('tab\there\nline');
    expect(xmlEscape('просто текст')).toBe('просто текст');
  });
});

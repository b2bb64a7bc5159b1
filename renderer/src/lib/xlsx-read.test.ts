import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Cell, CellTable } from '@shared/import/cells';
import { toCell } from './xlsx-cell';
import { isDateFormat, openXlsx, XlsxDamagedError } from './xlsx-read';

// The fast reader must give, cell by cell, what the ExcelJS path gave (`toCell` over every row up to
// `rowCount` and every cell up to `cellCount`), on the repo's fixtures and on workbooks made to hold every
// kind of cell.

interface ExcelSheet {
  name: string;
  state: string;
  rows: CellTable;
}

async function viaExcelJS(bytes: Uint8Array): Promise<ExcelSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb.worksheets.map((sheet) => {
    const rows: CellTable = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: sheet.name, state: sheet.state, rows };
  });
}

async function viaReader(bytes: Uint8Array): Promise<ExcelSheet[]> {
  const book = await openXlsx(bytes);
  const out: ExcelSheet[] = [];
  for (const sheet of book.sheets)
    out.push({ name: sheet.name, state: sheet.state, rows: await book.readSheet(sheet) });
  return out;
}

async function expectSame(bytes: Uint8Array): Promise<ExcelSheet[]> {
  const expected = await viaExcelJS(bytes);
  const actual = await viaReader(bytes);
  expect(actual.map((s) => [s.name, s.state])).toEqual(expected.map((s) => [s.name, s.state]));
  actual.forEach((sheet, i) => {
    const want = expected[i]!.rows;
    expect(sheet.rows.length, `rows of ${sheet.name}`).toBe(want.length);
    sheet.rows.forEach((row, r) => expect(row, `${sheet.name} row ${r + 1}`).toEqual(want[r]));
  });
  return actual;
}

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../../tests/fixtures', name)));

/** A workbook with every kind of cell ExcelJS writes. */
async function everyKind(options: { date1904: boolean; sharedStrings: boolean }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = options.date1904;
  const ws = wb.addWorksheet('Данные');
  ws.getCell('A1').value = 'Текст «ёлочки»';
  ws.getCell('B1').value = 42.5;
  ws.getCell('C1').value = true;
  ws.getCell('D1').value = false;
  ws.getCell('E1').value = { richText: [{ text: 'Жир', font: { bold: true } }, { text: 'ный' }] };
  ws.getCell('F1').value = { formula: 'B1*2', result: 85 };
  ws.getCell('G1').value = { formula: 'A1&"!"', result: 'Текст!' };
  ws.getCell('H1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('I1').value = { formula: 'TODAY()', result: new Date(Date.UTC(2026, 2, 12)) };
  ws.getCell('I1').numFmt = 'dd.mm.yyyy';
  ws.getCell('J1').value = { formula: 'NOW()' };
  ws.getCell('O1').value = { formula: 'B1-B1', result: 0 };
  ws.getCell('K1').value = { error: '#N/A' };
  ws.getCell('L1').value = '';
  ws.getCell('M1').value = 'x < y & "z"';
  ws.getCell('N1').value = '&lt; literal';
  // Dates in several formats; a number in a non-date format stays a number.
  ws.getCell('A3').value = new Date(Date.UTC(2011, 4, 7));
  ws.getCell('B3').value = new Date(Date.UTC(2026, 11, 31));
  ws.getCell('B3').numFmt = '[$-419]D MMMM YYYY "г."';
  ws.getCell('C3').value = 45000;
  ws.getCell('C3').numFmt = '0.00';
  ws.getCell('D3').value = 45000;
  ws.getCell('D3').numFmt = '"d"0';
  ws.getCell('E3').value = 45000;
  ws.getCell('E3').numFmt = 'mm-dd-yy';
  ws.getCell('F3').value = 45000.75;
  ws.getCell('F3').numFmt = 'h:mm';
  // A gap (row 2 and row 4 are empty), a styled empty cell that still makes the row longer, sparse cells.
  ws.getCell('Z5').value = 'далеко';
  ws.getCell('C6').style = { font: { bold: true } };
  ws.getCell('AA7').value = 7;
  // A merged title over four columns, and a merge whose top-left cell is empty.
  ws.getCell('A9').value = 'Отчёт по обучающимся';
  ws.mergeCells('A9:D10');
  ws.mergeCells('F9:G9');
  // Shared formulas: the master and its copies.
  ws.getCell('A12').value = { formula: 'ROW()', result: 12 };
  ws.getCell('A13').value = { sharedFormula: 'A12', result: 13 };
  ws.getCell('A14').value = { sharedFormula: 'A12', result: 14 };
  const hidden = wb.addWorksheet('Скрытый', { state: 'hidden' });
  hidden.addRow(['секрет', 1]);
  const third = wb.addWorksheet('Третий');
  third.addRow([]);
  third.addRow(['после пустой строки']);
  const buffer = await wb.xlsx.writeBuffer({ useSharedStrings: options.sharedStrings });
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A workbook written by hand: what other programs write and ExcelJS never does. */
async function handWritten(): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  // Sheets listed in another order than their files, with an absolute target for one of them.
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} ${rns}><workbookPr date1904="1"/><sheets><sheet name="Второй" sheetId="2" r:id="rId2"/><sheet name="Первый" sheetId="1" state="veryHidden" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  // Styles: 0 general, 1 built-in date 14, 2 custom date 164, 3 custom number 165, 4 built-in 22, 5 time 46.
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;₽&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="46"/></cellXfs></styleSheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="4" uniqueCount="4"><si><t xml:space="preserve">  Иванов  Иван </t></si><si><r><rPr><b/></rPr><t>Пет</t></r><r><t>ров</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t/></si></sst>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  );
  zip.file(
    'xl/worksheets/sheet2.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns} ${rns}><dimension ref="A1:H6"/><sheetData>` +
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1"/><c r="H1" s="3"/></row>` +
      `<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="2"><v>45000</v></c><c r="C2" s="3"><v>45000</v></c><c r="D2" s="4"><v>45000.5</v></c><c r="E2" s="5"><v>1.25</v></c><c r="F2" s="0"><v>1e3</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>строчная</t></is></c><c r="B3" t="inlineStr"><is><r><t>бо</t></r><r><rPr><i/></rPr><t>гатая</t></r></is></c><c r="C3" t="str"><v>a&amp;lt;b</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#REF!</v></c></row>` +
      `<row r="4"><c r="A4"><f>1+1</f><v>2</v></c><c r="B4" t="str"><f>"x"</f><v>x</v></c><c r="C4" t="b"><f>TRUE</f><v>0</v></c><c r="D4" s="1"><f>A2+1</f><v>1</v></c><c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F4"><f t="shared" ref="F4:F5" si="0">A4</f><v>2</v></c></row>` +
      `<row r="6"><c r="A6" t="s"><v>0</v></c><c><v>5</v></c><c r="E6"><v>6</v></c><c><v>7</v></c></row>` +
      `</sheetData><mergeCells count="1"><mergeCell ref="G2:H3"/></mergeCells></worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('fast xlsx reader', () => {
  it('reads the platform export fixture exactly as ExcelJS', async () => {
    const [sheet] = await expectSame(fixture('platform-export-sample.xlsx'));
    expect(sheet!.rows.length).toBeGreaterThan(4);
  });

  it.each([
    { date1904: false, sharedStrings: true },
    { date1904: false, sharedStrings: false },
    { date1904: true, sharedStrings: true },
  ])('reads every kind of cell exactly as ExcelJS (%o)', async (options) => {
    const [data, hidden, third] = await expectSame(await everyKind(options));
    const row1 = data!.rows[0]!;
    expect(row1.slice(0, 11)).toEqual([
      'Текст «ёлочки»',
      42.5,
      'да',
      'нет',
      'Жирный',
      85,
      'Текст!',
      null,
      { date: '2026-03-12' },
      null,
      null,
    ]);
    expect(data!.rows[2]!.slice(0, 6)).toEqual([
      { date: '2011-05-07' },
      { date: '2026-12-31' },
      45000,
      45000,
      { date: options.date1904 ? '2027-03-16' : '2023-03-15' },
      { date: options.date1904 ? '2027-03-16' : '2023-03-15' },
    ]);
    expect(data!.rows[4]![25]).toBe('далеко');
    expect(data!.rows[8]!.slice(0, 4)).toEqual(Array(4).fill('Отчёт по обучающимся'));
    expect(data!.rows[9]!.slice(0, 4)).toEqual(Array(4).fill('Отчёт по обучающимся'));
    expect(data!.rows.slice(11, 14).map((r) => r[0])).toEqual([12, 13, 14]);
    expect(hidden!.state).toBe('hidden');
    expect(third!.rows).toEqual([[], ['после пустой строки']]);
  });

  it('reads what other programs write exactly as ExcelJS: inline and rich strings, 1904 dates, cells without addresses', async () => {
    const [second, first] = await expectSame(await handWritten());
    expect(second!.rows[0]).toEqual(['  Иванов  Иван ', 'Петров', '漢字', null, null, null, null, null]);
    expect(second!.rows[1]!.slice(0, 6)).toEqual([
      { date: '1904-01-01' },
      { date: '2027-03-16' },
      45000,
      { date: '2027-03-16' },
      { date: '1904-01-02' },
      1000,
    ]);
    expect(second!.rows[2]!.slice(0, 5)).toEqual(['строчная', 'богатая', 'a<b', 'да', null]);
    expect(second!.rows[3]!.slice(0, 6)).toEqual([2, 'x', null, { date: '1904-01-02' }, null, 2]);
    expect(second!.rows[4]).toEqual([]);
    expect(second!.rows[5]).toEqual(['  Иванов  Иван ', 5, null, null, 6, 7]);
    expect(first).toMatchObject({ name: 'Первый', state: 'veryHidden', rows: [['  Иванов  Иван ']] });
  });

  it('refuses what is not a workbook', async () => {
    await expect(openXlsx(new TextEncoder().encode('не таблица'))).rejects.toBeInstanceOf(XlsxDamagedError);
    await expect(openXlsx(fixture('password-protected.xlsx'))).rejects.toBeInstanceOf(XlsxDamagedError);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="a"');
    await expect(openXlsx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toBeInstanceOf(
      XlsxDamagedError,
    );
  });

  it('knows date formats as ExcelJS does', () => {
    expect(isDateFormat('DD.MM.YYYY')).toBe(true);
    expect(isDateFormat('[$-419]D MMMM YYYY')).toBe(true);
    expect(isDateFormat('#,##0.00"₽"')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
  });
});

import JSZip from 'jszip';
import { isIsoDate } from '@shared/dates';
import { columnLetter } from '@shared/import/cells';
import { footerText, LANDSCAPE_ABOVE_WIDTH, NARROW_MARGINS, type SheetColumn } from './xlsx';

// A writer for workbooks of plain table sheets, the look `addTableSheet` gives through ExcelJS (bold wrapped
// header row, frozen, with a filter; column widths; real dates shown ДД.ММ.ГГГГ; a bold «Итого»; A4 print
// layout with the header row repeated and the venue in the footer) written straight as XML text. ExcelJS
// builds an object per cell and took seconds for a 50 000-row sheet; this takes a fraction of that.
// Text is always a shared-string cell, never a formula, so `=HYPERLINK(…)` from an imported name is shown,
// not run.

/** A cell to write: text, a number, an ISO date (a real date in a date column), a tagged date anywhere, or nothing. */
export type WriteCell = string | number | { date: string } | null;

export interface TableSheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly WriteCell[])[];
  /** An optional last row written in bold. */
  total?: readonly WriteCell[] | null;
}

// Style indexes of styles.xml below.
const STYLE = { plain: 0, header: 1, date: 2, dateLeft: 3, bold: 4, boldDate: 5, boldDateLeft: 6 } as const;
const DATE_FORMAT_ID = 164;

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="DD.MM.YYYY"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  `<xf numFmtId="${DATE_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="${DATE_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left"/></xf>` +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  `<xf numFmtId="${DATE_FORMAT_ID}" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="${DATE_FORMAT_ID}" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment horizontal="left"/></xf>` +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

/** Text as XML character data; control characters XML 1.0 cannot hold are dropped, as ExcelJS drops them. */
export function xmlEscape(text: string): string {
  if (!/[&<>"'\p{Cc}\ufffe\uffff]/u.test(text)) return text;
  return text
    .replace(/[\p{Cc}\ufffe\uffff]/gu, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The spreadsheet serial number of an ISO date (the day at UTC midnight: spreadsheet dates have no zone). */
function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** The workbook's shared strings: every distinct text once, cells pointing at it (smaller files, faster zip). */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly texts: string[] = [];
  count = 0;

  ref(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }

  xml(): string {
    const items = this.texts.map((t) =>
      /^\s|\s$/.test(t)
        ? `<si><t xml:space="preserve">${xmlEscape(t)}</t></si>`
        : `<si><t>${xmlEscape(t)}</t></si>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.texts.length}">` +
      `${items.join('')}</sst>`
    );
  }
}

function textCell(ref: string, style: number, text: string, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}"${s} t="s"><v>${strings.ref(text)}</v></c>`;
}

/**
 * One cell as `addTableSheet` + `tablesToXlsx` wrote it: a number is a number in any column; an ISO date in a
 * date column and a tagged date anywhere are real dates (left-aligned outside date columns); the rest is text.
 */
function cellXml(
  ref: string,
  value: WriteCell,
  kind: SheetColumn['kind'],
  bold: boolean,
  strings: SharedStrings,
): string {
  if (value === null || value === '') return bold ? `<c r="${ref}" s="${STYLE.bold}"/>` : '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return textCell(ref, bold ? STYLE.bold : 0, String(value), strings);
    return bold ? `<c r="${ref}" s="${STYLE.bold}"><v>${value}</v></c>` : `<c r="${ref}"><v>${value}</v></c>`;
  }
  if (typeof value === 'object') {
    if (isIsoDate(value.date)) {
      const style =
        kind === 'date' ? (bold ? STYLE.boldDate : STYLE.date) : bold ? STYLE.boldDateLeft : STYLE.dateLeft;
      return `<c r="${ref}" s="${style}"><v>${isoToSerial(value.date)}</v></c>`;
    }
    return textCell(ref, bold ? STYLE.bold : 0, value.date, strings);
  }
  if (kind === 'date' && isIsoDate(value))
    return `<c r="${ref}" s="${bold ? STYLE.boldDate : STYLE.date}"><v>${isoToSerial(value)}</v></c>`;
  return textCell(ref, bold ? STYLE.bold : 0, value, strings);
}

function sheetXml(spec: TableSheetSpec, venue: string, strings: SharedStrings): string {
  const { columns } = spec;
  const letters = columns.map((_, i) => columnLetter(i));
  const widths = columns.map((c) => c.width ?? Math.max(10, Math.min(60, c.header.length + 2)));
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const rowCount = 1 + spec.rows.length + (spec.total ? 1 : 0);
  const lastColumn = letters[letters.length - 1] ?? 'A';
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${lastColumn}${rowCount}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  if (columns.length > 0)
    parts.push(
      `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    );
  parts.push('<sheetData>');
  parts.push(
    `<row r="1" s="${STYLE.header}" customFormat="1">${columns.map((c, i) => textCell(`${letters[i]}1`, STYLE.header, c.header, strings)).join('')}</row>`,
  );
  const row = (values: readonly WriteCell[], r: number, bold: boolean) => {
    // The bold row carries its style itself too, as ExcelJS's `row.font` writes it.
    let xml = bold ? `<row r="${r}" s="${STYLE.bold}" customFormat="1">` : `<row r="${r}">`;
    for (let i = 0; i < values.length; i++)
      xml += cellXml(
        `${letters[i] ?? columnLetter(i)}${r}`,
        values[i] ?? null,
        columns[i]?.kind ?? 'text',
        bold,
        strings,
      );
    return `${xml}</row>`;
  };
  spec.rows.forEach((values, i) => parts.push(row(values, i + 2, false)));
  if (spec.total) parts.push(row(spec.total, rowCount, true));
  parts.push('</sheetData>');
  if (columns.length > 0) parts.push(`<autoFilter ref="A1:${lastColumn}1"/>`);
  const m = NARROW_MARGINS;
  parts.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    `<pageSetup paperSize="9" orientation="${totalWidth > LANDSCAPE_ABOVE_WIDTH ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`,
  );
  const left = venue.trim() ? `&L${footerText(venue)}` : '';
  parts.push(`<headerFooter><oddFooter>${xmlEscape(`${left}&RСтр. &P из &N`)}</oddFooter></headerFooter>`);
  parts.push('</worksheet>');
  return parts.join('');
}

/** A sheet name inside a formula reference: quoted, a quote doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The sheets as one XLSX. Names must already follow Excel's rules (`sheetNames` of the reports). `venue` is the
 * workbook's company and every sheet's printed footer.
 */
export async function writeTablesXlsx(
  sheets: readonly TableSheetSpec[],
  options: { venue?: string; onSheet?: (done: number) => Promise<void> | void } = {},
): Promise<Uint8Array> {
  const venue = options.venue?.trim() ?? '';
  const zip = new JSZip();
  const n = sheets.length;
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '</Relationships>',
  );
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  zip.file(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<dc:creator>ПрофПроба</dc:creator>' +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
      '</cp:coreProperties>',
  );
  zip.file(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
      `<Application>ПрофПроба</Application><Company>${xmlEscape(venue)}</Company></Properties>`,
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000"/></bookViews>' +
      `<sheets>${sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
      (n > 0
        ? `<definedNames>${sheets
            .map(
              (s, i) =>
                `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`${quotedSheet(s.name)}!$1:$1`)}</definedName>`,
            )
            .join('')}</definedNames>`
        : '') +
      '<calcPr calcId="171027"/></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  zip.file('xl/styles.xml', STYLES_XML);
  const strings = new SharedStrings();
  // The big parts go in as bytes from the browser's own encoder: JSZip encodes text to UTF-8 in script.
  const utf8 = new TextEncoder();
  for (const [i, spec] of sheets.entries()) {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, utf8.encode(sheetXml(spec, venue, strings)));
    await options.onSheet?.(i + 1);
  }
  zip.file('xl/sharedStrings.xml', utf8.encode(strings.xml()));
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    // Level 1: a third of the time of the default level for a file a fifth larger.
    compressionOptions: { level: 1 },
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { spreadsheetDateToIso } from '@shared/dates';
import type { Cell, CellTable } from '@shared/import/cells';

// A reader for big plain tables: the workbook's XML parts are streamed through saxes straight into cells,
// without the object per cell, row and style a full spreadsheet model (ExcelJS) builds; that model made a
// 20 000-row export take seconds to load. It gives exactly the cells `toCell` gives for ExcelJS's values
// (xlsx-read.test.ts compares both on the same files): shared and inline strings, rich text as its text,
// numbers, booleans as «да»/«нет», a formula's cached result, error cells as empty, numbers in a date format
// as dates (the 1904 date system too), merged ranges repeating their top-left value. Hyperlinks are not
// read: a cell keeps its own value.

/** The file is not a readable workbook (not a zip, a missing or malformed part). */
export class XlsxDamagedError extends Error {
  constructor(detail: string) {
    super(`damaged workbook: ${detail}`);
    this.name = 'XlsxDamagedError';
  }
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface XlsxSheetInfo {
  name: string;
  state: SheetState;
  /** The sheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
}

export type RowProgress = (done: number, total: number) => void;

/** A shared string: its text, and whether it was rich text (a rich text keeps an empty text as ''). */
interface SharedString {
  text: string;
  rich: boolean;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30), as ExcelJS knows them. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format is a date when, outside quotes and brackets, it has a date or time letter (ExcelJS's rule). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** Milliseconds of a spreadsheet serial date, rounded as ExcelJS rounds them. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** ExcelJS decodes the text of a `t="str"` cell once more after the XML parser did. */
function decodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Runs saxes over one XML text; a malformed part is a damaged file. */
interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, text, close } = handlers;
  if (open)
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new XlsxDamagedError(`${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entity and character references resolved; an unknown entity is a damaged part. */
function decodeXmlText(text: string, part: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XlsxDamagedError(`${part}: a bare «&» in the text`);
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw new XlsxDamagedError(`${part}: ${whole}`);
      return String.fromCodePoint(code);
    }
    const known = ENTITIES[ref];
    if (known === undefined) throw new XlsxDamagedError(`${part}: ${whole}`);
    return known;
  });
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * A minimal XML scanner for worksheet parts, several times faster than a full parser on a 30 MB sheet: tags,
 * attributes, text (entities resolved), CDATA; comments, processing instructions and the declaration are
 * skipped. Tags must nest; a document type declaration, an unclosed tag or a broken attribute is a damaged
 * part. Names are given without their namespace prefix.
 */
function scanXml(xml: string, part: string, handlers: XmlHandlers): void {
  const { open, text, close } = handlers;
  const stack: string[] = [];
  const damaged = (what: string) => new XlsxDamagedError(`${part}: ${what} at ${pos}`);
  let pos = 0;
  const length = xml.length;
  while (pos < length) {
    const lt = xml.indexOf('<', pos);
    const end = lt < 0 ? length : lt;
    if (end > pos && text && stack.length > 0) text(decodeXmlText(xml.slice(pos, end), part));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      // </name>
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw damaged('an unclosed end tag');
      const name = xml.slice(lt + 2, gt).trim();
      if (stack.pop() !== name) throw damaged(`a misplaced </${name}>`);
      close?.(localName(name));
      pos = gt + 1;
    } else if (next === 63) {
      const close = xml.indexOf('?>', lt);
      if (close < 0) throw damaged('an unclosed instruction');
      pos = close + 2;
    } else if (next === 33) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt);
        if (close < 0) throw damaged('an unclosed comment');
        pos = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt);
        if (close < 0 || stack.length === 0) throw damaged('a broken CDATA section');
        text?.(xml.slice(lt + 9, close));
        pos = close + 3;
      } else throw damaged('a document type declaration');
    } else {
      let i = lt + 1;
      while (i < length) {
        const c = xml.charCodeAt(i);
        if (isSpace(c) || c === 47 || c === 62) break;
        i++;
      }
      const name = xml.slice(lt + 1, i);
      if (!name) throw damaged('a tag without a name');
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        while (i < length && isSpace(xml.charCodeAt(i))) i++;
        if (i >= length) throw damaged('an unclosed tag');
        const c = xml.charCodeAt(i);
        if (c === 62) {
          i++;
          break;
        }
        if (c === 47) {
          if (xml.charCodeAt(i + 1) !== 62) throw damaged('a broken tag');
          selfClosing = true;
          i += 2;
          break;
        }
        const eq = xml.indexOf('=', i);
        if (eq < 0) throw damaged('an attribute without a value');
        const key = xml.slice(i, eq).trim();
        let q = eq + 1;
        while (q < length && isSpace(xml.charCodeAt(q))) q++;
        const quote = xml[q];
        if (quote !== '"' && quote !== "'") throw damaged('an unquoted attribute');
        const closeQuote = xml.indexOf(quote, q + 1);
        if (closeQuote < 0 || !key) throw damaged('a broken attribute');
        attributes[key] = decodeXmlText(xml.slice(q + 1, closeQuote), part);
        i = closeQuote + 1;
      }
      const local = localName(name);
      open?.(local, attributes);
      if (selfClosing) close?.(local);
      else stack.push(name);
      pos = i;
    }
  }
  if (stack.length > 0) throw new XlsxDamagedError(`${part}: <${stack[stack.length - 1]}> is not closed`);
}

/** «BC12» → [12, 55] (row, 1-based column); null when it is not an address. */
function decodeAddress(ref: string): [number, number] | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36) continue; // $
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  const row = Number(ref.slice(i).replace('$', ''));
  if (column === 0 || !Number.isInteger(row) || row < 1) return null;
  return [row, column];
}

function readSharedStrings(xml: string): SharedString[] {
  const strings: SharedString[] = [];
  let depth = 0; // inside <si>
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let inPhonetic = false;
  let inText = false;
  let textBuffer = '';
  parseXml(xml, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') {
        depth = 1;
        plain = null;
        runs = null;
      } else if (depth === 0) return;
      else if (name === 'r') {
        inRun = true;
        (runs ??= []).push('');
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) {
        inText = true;
        textBuffer = '';
      }
    },
    text(text) {
      if (inText) textBuffer += text;
    },
    close(name) {
      if (depth === 0) return;
      if (name === 't' && inText) {
        inText = false;
        if (inRun && runs) runs[runs.length - 1] += textBuffer;
        else plain = textBuffer;
      } else if (name === 'r') inRun = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        depth = 0;
        strings.push(runs ? { text: runs.join(''), rich: true } : { text: plain ?? '', rich: false });
      }
    },
  });
  return strings;
}

/** The date format of each cell style index (`<cellXfs>` of styles.xml). */
function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, 'xl/styles.xml', {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined)
        custom.set(parseInt(a.numFmtId, 10), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = a.numFmtId ? parseInt(a.numFmtId, 10) : 0;
        // As ExcelJS: format 0 (General) is no format; a custom code wins over a built-in one of the same id.
        const code = id ? custom.get(id) : undefined;
        dates.push(id ? (code ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)) : false);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

/** `<dimension ref="A1:AS20004">` → 20004, for the progress; 0 when absent. */
function declaredRows(xml: string): number {
  const m = /<(?:\w+:)?dimension\b[^>]*\bref="[^":]*:?\$?[A-Za-z]*\$?(\d+)"/.exec(xml.slice(0, 2000));
  return m ? Number(m[1]) : 0;
}

export interface XlsxBook {
  /** The workbook's sheets in its own order, hidden ones included (each says its state). */
  sheets: XlsxSheetInfo[];
  /** The XML of every worksheet part in the zip (for checks on the raw text before reading). */
  worksheetXml(): Promise<string[]>;
  /** One sheet as rows of cells, row 0 being the sheet's row 1; rows and cells as ExcelJS would give them. */
  readSheet(sheet: XlsxSheetInfo, progress?: RowProgress): Promise<CellTable>;
}

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const entry = zip.file(path);
  if (!entry) return null;
  try {
    // The browser's own decoder: JSZip's text output decodes UTF-8 in script, several times slower on 30 MB.
    return new TextDecoder().decode(await entry.async('uint8array'));
  } catch (error) {
    throw new XlsxDamagedError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens a workbook: its sheet list, styles and shared strings; sheets are read on demand. */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxBook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new XlsxDamagedError(error instanceof Error ? error.message : String(error));
  }
  const workbookXml = await partText(zip, 'xl/workbook.xml');
  if (workbookXml === null) throw new XlsxDamagedError('no xl/workbook.xml');
  const listed: { name: string; state: SheetState; rId: string }[] = [];
  let date1904 = false;
  parseXml(workbookXml, 'xl/workbook.xml', {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1';
      else if (name === 'sheet') {
        const rId = a['r:id'] ?? Object.entries(a).find(([k]) => localName(k) === 'id')?.[1] ?? '';
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        listed.push({ name: a.name ?? '', state, rId });
      }
    },
  });
  const targets = new Map<string, string>();
  const relsXml = await partText(zip, 'xl/_rels/workbook.xml.rels');
  if (relsXml !== null)
    parseXml(relsXml, 'xl/_rels/workbook.xml.rels', {
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target)
          targets.set(a.Id, `xl/${a.Target.replace(/^(\s|\/xl\/)+/, '')}`);
      },
    });
  // A sheet whose part is missing is left out, as ExcelJS does.
  const sheets: XlsxSheetInfo[] = [];
  for (const s of listed) {
    const path = targets.get(s.rId);
    if (path && zip.file(path)) sheets.push({ name: s.name, state: s.state, path });
  }
  const stylesXml = await partText(zip, 'xl/styles.xml');
  const dateStyles = stylesXml === null ? [] : readDateStyles(stylesXml);
  const sharedXml = await partText(zip, 'xl/sharedStrings.xml');
  const shared = sharedXml === null ? [] : readSharedStrings(sharedXml);
  const cache = new Map<string, string>();
  const xmlOf = async (path: string): Promise<string> => {
    let xml = cache.get(path);
    if (xml === undefined) {
      xml = (await partText(zip, path)) ?? '';
      cache.set(path, xml);
    }
    return xml;
  };
  return {
    sheets,
    async worksheetXml() {
      const paths = zip.file(/^xl\/worksheets\/[^/]+\.xml$/i).map((e) => e.name);
      return Promise.all(paths.map(xmlOf));
    },
    async readSheet(sheet, progress) {
      const xml = await xmlOf(sheet.path);
      cache.delete(sheet.path);
      return readSheetXml(xml, sheet.path, { shared, dateStyles, date1904 }, progress);
    },
  };
}

interface SheetContext {
  shared: readonly SharedString[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

function readSheetXml(xml: string, part: string, ctx: SheetContext, progress?: RowProgress): CellTable {
  const { shared, dateStyles, date1904 } = ctx;
  const total = declaredRows(xml);
  const rows: CellTable = [];
  const merges: string[] = [];
  let inSheetData = false;
  let row: Cell[] | null = null;
  let rowNumber = 0;
  let previousColumn = 0;
  // The open <c>:
  let column = 0;
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let formula = false;
  let formulaText = '';
  let inlineRuns: string[] | null = null;
  let inlineRun = false;
  let reading: 'v' | 't' | 'f' | null = null;

  const finishCell = () => {
    let cell: Cell;
    const isDate = style > 0 && dateStyles[style] === true;
    const number = (text: string): Cell => {
      const n = parseFloat(text);
      if (!isDate) return n;
      const iso = spreadsheetDateToIso(serialToDate(n, date1904));
      return iso ? { date: iso } : null;
    };
    if (formula || formulaText) {
      // ExcelJS drops a falsy result (0, «ЛОЖЬ», '') from a formula's value, which then reads as empty.
      if (!value || type === 'e') cell = null;
      else if (type === 'str') cell = decodeAgain(value) || null;
      else if (type === 'b') cell = parseInt(value, 10) !== 0 ? 'да' : null;
      else {
        const n = parseFloat(value);
        cell = n || isDate ? number(value) : null;
      }
    } else if (inlineRuns) {
      cell = inlineRuns.join('');
    } else if (value !== undefined) {
      switch (type) {
        case 's': {
          const s = shared[parseInt(value, 10)];
          if (!s) throw new XlsxDamagedError(`${part}: shared string ${value} is missing`);
          cell = s.rich ? s.text : s.text || null;
          break;
        }
        case 'str':
          cell = decodeAgain(value) || null;
          break;
        case 'inlineStr':
          cell = value || null;
          break;
        case 'b':
          cell = parseInt(value, 10) !== 0 ? 'да' : 'нет';
          break;
        case 'e':
          cell = null;
          break;
        default:
          cell = number(value);
      }
    } else if (style > 0) {
      cell = null;
    } else {
      // No value and no style: ExcelJS does not create the cell (the row does not grow for it).
      return;
    }
    const r = row!;
    while (r.length < column - 1) r.push(null);
    r[column - 1] = cell;
    previousColumn = column;
  };

  scanXml(xml, part, {
    open(name, a) {
      if (row) {
        switch (name) {
          case 'c': {
            const address = a.r ? decodeAddress(a.r) : null;
            if (a.r && !address) throw new XlsxDamagedError(`${part}: cell address ${a.r}`);
            column = address ? address[1] : previousColumn + 1;
            type = a.t;
            style = a.s ? parseInt(a.s, 10) : 0;
            value = undefined;
            formula = false;
            formulaText = '';
            inlineRuns = null;
            reading = null;
            return;
          }
          case 'v':
            reading = 'v';
            return;
          case 'f':
            reading = 'f';
            if (a.t !== undefined) formula = true;
            return;
          case 'r':
            inlineRun = true;
            (inlineRuns ??= []).push('');
            return;
          case 't':
            reading = 't';
            return;
          default:
            return;
        }
      }
      if (name === 'sheetData') inSheetData = true;
      else if (name === 'row' && inSheetData) {
        const n = a.r ? parseInt(a.r, 10) : rowNumber + 1;
        if (!Number.isInteger(n) || n < 1) throw new XlsxDamagedError(`${part}: row number ${a.r}`);
        rowNumber = n;
        row = [];
        previousColumn = 0;
      } else if (name === 'mergeCell' && a.ref) merges.push(a.ref);
    },
    text(text) {
      if (reading === 'v') value = value === undefined ? text : value + text;
      else if (reading === 't') {
        if (inlineRun && inlineRuns) inlineRuns[inlineRuns.length - 1] += text;
        else value = value === undefined ? text : value + text;
      } else if (reading === 'f') formulaText += text;
    },
    close(name) {
      if (!row) {
        if (name === 'sheetData') inSheetData = false;
        return;
      }
      switch (name) {
        case 'v':
        case 't':
        case 'f':
          reading = null;
          return;
        case 'r':
          inlineRun = false;
          return;
        case 'c':
          finishCell();
          return;
        case 'row':
          while (rows.length < rowNumber - 1) rows.push([]);
          rows[rowNumber - 1] = row;
          row = null;
          if (progress && rowNumber % 1000 === 0) progress(rowNumber, Math.max(total, rowNumber));
          return;
        default:
          return;
      }
    },
  });
  for (const ref of merges) applyMerge(rows, ref, part);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  progress?.(rows.length, Math.max(total, rows.length));
  return rows;
}

/** Every cell of a merged range shows its top-left cell's value (ExcelJS's merged cells do). */
function applyMerge(rows: CellTable, ref: string, part: string): void {
  const [a, b] = ref.split(':');
  const from = a ? decodeAddress(a) : null;
  const to = b ? decodeAddress(b) : from;
  if (!from || !to) throw new XlsxDamagedError(`${part}: merge ${ref}`);
  const top = Math.min(from[0], to[0]);
  const bottom = Math.max(from[0], to[0]);
  const left = Math.min(from[1], to[1]);
  const right = Math.max(from[1], to[1]);
  const master = rows[top - 1]?.[left - 1] ?? null;
  for (let r = top; r <= bottom; r++) {
    const cells = (rows[r - 1] ??= []);
    while (cells.length < right) cells.push(null);
    for (let c = left; c <= right; c++) cells[c - 1] = master;
  }
}

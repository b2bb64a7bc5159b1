import { describe, expect, it } from 'vitest';
import { SHEET_MAX_ROWS, sheetBoundsProblem } from './sheet-bounds';

const sheet = (inner: string, after = '') =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData>${inner}</sheetData>${after}</worksheet>`;
const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>';

describe('sheetBoundsProblem', () => {
  it('an ordinary list with a few merges is within the limits', () => {
    expect(
      sheetBoundsProblem(sheet(ROWS, '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')),
    ).toBeNull();
  });

  it('a merge over the whole sheet is refused, naming it', () => {
    expect(
      sheetBoundsProblem(sheet(ROWS, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
    ).toEqual({ ref: 'A1:XFD1048576' });
  });

  it('many merges that together cover too much are refused', () => {
    const merges = Array.from(
      { length: 20 },
      (_, i) => `<mergeCell ref="A${i * 10_000 + 1}:J${i * 10_000 + 1000}"/>`,
    );
    expect(sheetBoundsProblem(sheet(ROWS, `<mergeCells>${merges.join('')}</mergeCells>`))).not.toBeNull();
  });

  it('a declared dimension, a row number or a cell address beyond the limits is refused', () => {
    expect(sheetBoundsProblem(sheet(ROWS).replace('A1:C3', 'A1:XFD1048576'))).toEqual({
      ref: 'A1:XFD1048576',
    });
    expect(sheetBoundsProblem(sheet(`${ROWS}<row r="${SHEET_MAX_ROWS + 1}"></row>`))).toEqual({
      ref: String(SHEET_MAX_ROWS + 1),
    });
    expect(sheetBoundsProblem(sheet(`${ROWS}<row r="4"><c r="ZZZ4"><v>1</v></c></row>`))).toEqual({
      ref: 'ZZZ4',
    });
  });

  it('namespace prefixes and absolute references are read too', () => {
    expect(
      sheetBoundsProblem(
        '<x:worksheet><x:mergeCells><x:mergeCell ref="$A$1:$XFD$1048576"/></x:mergeCells></x:worksheet>',
      ),
    ).toEqual({
      ref: '$A$1:$XFD$1048576',
    });
  });
});

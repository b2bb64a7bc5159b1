import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AttendanceStatus } from '../domain';
import { pupilQrPayload, pupilToken } from '../qr/token';
import { sexOf } from '../text/gender';
import {
  attendedCount,
  buildAttendanceSheet,
  hasValidConsent,
  paginateSheetRows,
  sheetFileName,
  sheetPageCount,
  spareRowCount,
  SHEET_LAYOUT_QR,
  type SheetData,
  type SheetRow,
} from './sheet';

const require = createRequire(import.meta.url);

interface NodePdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

/** The same pdfmake and the same Roboto the app embeds, run in Node. */
async function renderInNode(doc: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = require('pdfmake') as NodePdfMake;
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js'));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.includes('pdfmake'));
  return pdfmake.createPdf(doc).getBuffer();
}

const OUT = '/tmp/e2e-attendance/unit';

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

const STATUSES: AttendanceStatus[] = ['present', 'late', 'absent', 'excused'];

function data(count: number): SheetData {
  const rows: SheetRow[] = Array.from({ length: count }, (_, i) => ({
    fio:
      i === 3
        ? 'Римская-Корсакова Александра Константиновна'
        : i === 4
          ? 'Ёлкина05 Мария Петровна'
          : `Ёлкин${String(i + 1).padStart(2, '0')} Пётр Сергеевич`,
    // Row 5 is a girl with no stored sex (her patronymic tells), row 9 a pupil whose sex is unknown.
    sex: i === 3 ? 'F' : i === 4 ? sexOf({ fio: 'Ёлкина05 Мария Петровна' }) : i === 8 ? null : 'M',
    school: 'МБОУ СОШ № 12',
    grade: '8Б',
    platformId: String(1000000 + i),
    consent: i % 7 !== 0,
    status: STATUSES[i % 4]!,
    note: i === 1 ? 'пришёл к 15:10' : '',
  }));
  return {
    venueName: 'ЦДТТ «Импульс»',
    programTitle: 'Лазерная резка: от эскиза до изделия',
    profession: 'Оператор лазерного станка',
    sphere: 'Индустриальная среда',
    date: '2026-03-12',
    start: '14:00',
    end: '15:30',
    place: 'Лаборатория цифрового производства (ауд. 104)',
    mentors: 'Кравцов О. В.',
    group: 'Оператор лазерного станка — 12.03.2026',
    rows,
  };
}

describe('attendance sheet pagination', () => {
  it('keeps small groups on one page and the footer with its rows', () => {
    expect(paginateSheetRows(0)).toEqual([[0, 0]]);
    expect(paginateSheetRows(13)).toEqual([[0, 13]]);
    // 14 rows fill the first page but leave no room for the footer: the last row moves on.
    expect(paginateSheetRows(14)).toEqual([
      [0, 13],
      [13, 14],
    ]);
    expect(paginateSheetRows(45)).toEqual([
      [0, 16],
      [16, 34],
      [34, 45],
    ]);
    expect(sheetPageCount(45)).toBe(3);
    for (let n = 1; n < 120; n++) {
      const pages = paginateSheetRows(n);
      expect(pages[0]![0]).toBe(0);
      expect(pages[pages.length - 1]![1]).toBe(n);
      for (let i = 1; i < pages.length; i++) expect(pages[i]![0]).toBe(pages[i - 1]![1]);
    }
  });

  it('counts present and late as attended; a consent counts while in force', () => {
    expect(
      attendedCount([{ status: 'present' }, { status: 'late' }, { status: 'excused' }, { status: null }]),
    ).toBe(2);
    const c = {
      kind: 'personal-data' as const,
      signedOn: '2026-01-10',
      validUntil: '2026-08-31',
      withdrawnOn: null,
    };
    expect(hasValidConsent([c], '2026-03-12')).toBe(true);
    expect(hasValidConsent([c], '2026-09-01')).toBe(false);
    expect(hasValidConsent([c], '2026-01-09')).toBe(false);
    expect(hasValidConsent([{ ...c, withdrawnOn: '2026-03-01' }], '2026-03-12')).toBe(false);
    expect(hasValidConsent([{ ...c, kind: 'media' }], '2026-03-12')).toBe(false);
  });

  it('names the file by date, programme and variant', () => {
    expect(sheetFileName(data(1), 'blank')).toBe(
      'Лист посещаемости 12.03.2026 Лазерная резка: от эскиза до изделия (пустой).pdf'.replace(':', ''),
    );
  });
});

describe('attendance sheet PDF (rendered in Node with the app’s pdfmake)', () => {
  mkdirSync(OUT, { recursive: true });

  it('a 45-person group fills three landscape pages with the header repeated, marks only when filled', async () => {
    const filled = join(OUT, 'sheet-45-filled.pdf');
    const blank = join(OUT, 'sheet-45-blank.pdf');
    writeFileSync(filled, await renderInNode(buildAttendanceSheet(data(45), 'filled')));
    writeFileSync(blank, await renderInNode(buildAttendanceSheet(data(45), 'blank')));

    expect(pdfPages(filled)).toBe(sheetPageCount(45));
    expect(pdfPages(blank)).toBe(sheetPageCount(45));
    const info = execFileSync('pdfinfo', [filled], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    expect(execFileSync('pdffonts', [filled], { encoding: 'utf8' })).toMatch(/Roboto.*yes/);

    const text = pdfText(filled);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page).toContain('Фамилия Имя Отчество');
    expect(text).toContain('Ёлкин01 Пётр Сергеевич');
    expect(text).toContain('Ёлкин45 Пётр Сергеевич');
    expect(text).toContain('Римская-Корсакова');
    expect(text).toContain('Присутствовал');
    expect(text).toContain('Опоздал');
    expect(text).toContain('Отсутствовал');
    expect(text).toContain('пришёл к 15:10');
    // Each mark speaks of its pupil: a girl «Присутствовала», an unknown sex the neutral noun.
    expect(text).toMatch(/Ёлкина05 Мария Петровна.*Присутствовала/);
    expect(text).toMatch(/Ёлкин09 Пётр Сергеевич.*Присутствие/);
    expect(text).toMatch(/Ёлкин01 Пётр Сергеевич.*Присутствовал(?!а)/);
    // 45 rows cycle present, late, absent, excused: 12 present + 11 late attended.
    expect(text).toMatch(/Записано 45 \/ Присутствовало 23/);
    expect(pages[2]).toContain('Координатор');
    expect(pages[0]).toContain('Страница 1 из 3');

    const blankText = pdfText(blank);
    expect(blankText).toContain('Ёлкин45 Пётр Сергеевич');
    expect(blankText).not.toMatch(/Присутствовал(?!о)/);
    expect(blankText).not.toContain('Опоздал');
    expect(blankText).not.toContain('пришёл к 15:10');
    expect(blankText).toMatch(/Записано 45 \/ Присутствовало ______/);

    execFileSync('pdftoppm', ['-png', '-r', '60', filled, join(OUT, 'sheet-45-filled')]);
  });

  it('a 14-person group takes two pages and a 13-person one a single page', async () => {
    const file13 = join(OUT, 'sheet-13.pdf');
    const file14 = join(OUT, 'sheet-14.pdf');
    writeFileSync(file13, await renderInNode(buildAttendanceSheet(data(13), 'filled')));
    writeFileSync(file14, await renderInNode(buildAttendanceSheet(data(14), 'blank')));
    expect(pdfPages(file13)).toBe(1);
    expect(pdfPages(file14)).toBe(2);
  });
});

describe('the blank sheet’s spare rows, the mentor’s name and the QR column', () => {
  it('the blank sheet keeps 3 to 5 numbered spare rows, filling the last page’s free slots', () => {
    // 12 pupils leave one free slot on the first page: 3 spare rows, the footer moves on.
    expect(spareRowCount(12)).toBe(3);
    expect(spareRowCount(0)).toBe(5);
    // 45 pupils: 11 rows on the third page of 15 slots, 4 free.
    expect(spareRowCount(45)).toBe(4);
    expect(spareRowCount(14)).toBe(5);
    const blank = JSON.stringify(buildAttendanceSheet(data(12), 'blank').content);
    for (const n of [13, 14, 15]) expect(blank).toContain(`"text":"${n}","alignment":"right"`);
    expect(blank).not.toContain(`"text":"16","alignment":"right"`);
    const filled = JSON.stringify(buildAttendanceSheet(data(12), 'filled').content);
    expect(filled).not.toContain(`"text":"13","alignment":"right"`);
  });

  it('prints the mentor’s name, initials first, under the signature line', async () => {
    const file = join(OUT, 'sheet-mentor.pdf');
    const doc = buildAttendanceSheet({ ...data(5), mentorSignature: 'О.\u00a0В.\u00a0Кравцов' }, 'blank');
    writeFileSync(file, await renderInNode(doc));
    const text = pdfText(file).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/Наставник: _+ \/ О\. В\. Кравцов \//);
    expect(text).toMatch(/Координатор: _+ \/ _+ \//);
  });

  it('a sheet with QR codes: one per row, decoded by zbarimg from a 150 dpi render', async () => {
    const secret = 'venue-secret';
    const ids = Array.from({ length: 12 }, (_, i) => `pupil-${i}`);
    const tokens = await Promise.all(ids.map((id) => pupilToken(secret, id)));
    const sheet = data(12);
    sheet.rows.forEach((row, i) => (row.qr = pupilQrPayload(tokens[i]!)));
    for (const variant of ['blank', 'filled'] as const) {
      const file = join(OUT, `sheet-qr-${variant}.pdf`);
      writeFileSync(file, await renderInNode(buildAttendanceSheet(sheet, variant, { qr: true })));
      expect(pdfPages(file)).toBe(
        paginateSheetRows(
          12 + (variant === 'blank' ? spareRowCount(12, SHEET_LAYOUT_QR) : 0),
          SHEET_LAYOUT_QR,
        ).length,
      );
      execFileSync('pdftoppm', ['-r', '150', '-png', file, join(OUT, `sheet-qr-${variant}`)]);
      const pngs = Array.from({ length: pdfPages(file) }, (_, i) =>
        join(OUT, `sheet-qr-${variant}-${i + 1}.png`),
      );
      const decoded = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...pngs], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter(Boolean);
      expect([...decoded].sort()).toEqual(tokens.map((t) => pupilQrPayload(t)).sort());
      expect(pdfText(file)).toContain('Ёлкин12 Пётр Сергеевич');
    }
  });
});

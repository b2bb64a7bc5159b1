import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildReportTablePdf } from './report-pdf';
import type { ReportTable } from './report-table';

const require = createRequire(import.meta.url);
interface NodePdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
/** The same pdfmake and Roboto the app embeds, run in Node. */
async function renderInNode(doc: TDocumentDefinitions): Promise<Buffer> {
  const pdfmake = require('pdfmake') as NodePdfMake;
  pdfmake.setFonts(require('pdfmake/fonts/Roboto.js'));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.includes('pdfmake'));
  return pdfmake.createPdf(doc).getBuffer();
}

const table: ReportTable = {
  name: 'Группы',
  columns: [
    { header: 'Группа', kind: 'text' },
    { header: 'Первое занятие', kind: 'date' },
    { header: 'Записано', kind: 'number' },
  ],
  rows: Array.from({ length: 80 }, (_, i) => [`Группа ${i + 1}`, '2026-11-25', 1000 + i]),
  total: ['Итого', null, 83160],
};

describe('a report sheet printed as PDF', () => {
  it('is A4 landscape with the header on every page, Russian dates and numbers, the total and page numbers', async () => {
    const dir = '/tmp/report-pdf-unit';
    mkdirSync(dir, { recursive: true });
    const file = `${dir}/groups.pdf`;
    const doc = buildReportTablePdf(table, {
      title: 'Квартальный отчёт',
      period: 'IV квартал 2026',
      venue: 'ЦДТТ «Импульс»',
    });
    writeFileSync(file, await renderInNode(doc));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Первое занятие');
    expect(text).toContain('Квартальный отчёт: Группы');
    expect(text).toContain('ЦДТТ «Импульс» · IV квартал 2026');
    expect(text).toContain('25.11.2026');
    expect(text).toMatch(/1\s000/);
    expect(text).toMatch(/Итого\s+83\s160/);
    expect(pages[0]).toContain(`Страница 1 из ${pages.length}`);
  });
});

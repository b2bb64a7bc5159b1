import { describe, expect, it } from 'vitest';
import { badgesFileName, buildBadgesPdf, BADGES_PER_PAGE, type BadgeData } from './badges';

const badge = (i: number): BadgeData => ({
  fio: `Участник ${i}`,
  school: 'МБОУ СОШ № 5',
  grade: '8А',
  group: 'Эколог — 1',
  token: String(1000000000000 + i),
});

/** Every `qr` node of a document definition, in order. */
function qrs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(qrs);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    return [...(typeof o.qr === 'string' ? [o.qr] : []), ...Object.values(o).flatMap(qrs)];
  }
  return [];
}

describe('badges', () => {
  it('puts ten cards on a page, each with the pupil’s QR code, in the given order', () => {
    const list = Array.from({ length: BADGES_PER_PAGE + 3 }, (_, i) => badge(i));
    const doc = buildBadgesPdf(list, 'Бейджи');
    const pages = doc.content as { table: { body: unknown[][] }; pageBreak?: string }[];
    expect(pages).toHaveLength(2);
    expect(pages[1]!.pageBreak).toBe('before');
    expect(pages[0]!.table.body).toHaveLength(5);
    expect(pages[1]!.table.body).toHaveLength(2);
    expect(qrs(doc.content)).toEqual(list.map((b) => `PP${b.token}`));
    expect(JSON.stringify(doc.content)).toContain('8А класс');
    expect(JSON.stringify(doc.content)).toContain('1000 0000 0000 0');
  });

  it('names the file Windows-safe', () => {
    expect(badgesFileName('Эколог: «весна» 1/2')).toBe('Бейджи Эколог «весна» 1 2.pdf');
    expect(badgesFileName('')).toBe('Бейджи участников.pdf');
  });
});

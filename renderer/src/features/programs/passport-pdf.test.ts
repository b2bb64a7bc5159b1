import { describe, expect, it } from 'vitest';
import { buildDemoVenue } from '@shared/demo/demo-venue';
import { passportDocument } from './passport-pdf';

/** Every string the document definition would print, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('programme passport', () => {
  const demo = buildDemoVenue('2026-11-24');
  const program = demo.programs[0]!;

  it('holds the passport table, the texts and every equipment item', () => {
    const doc = passportDocument(program, demo.mentors, demo.venue, '2026-11-24');
    const all = texts(doc.content).join('\n');
    expect(all).toContain('Паспорт программы профессиональной пробы');
    expect(all).toContain(`«${program.title}»`);
    expect(all).toContain('90 мин (2 ак. ч.)');
    expect(all).toContain('8–9 классы');
    expect(all).toContain('Посещение всех занятий группы');
    expect(all).toContain(program.task);
    for (const item of program.equipment) expect(all).toContain(item.name);
    expect(all).toContain('на группу');
    expect(all).toContain('опционально');
    expect(all).toContain('Кравцов Олег Викторович');
    expect(all).toContain(demo.venue.directorName);
  });

  it('says so when there is no equipment, no venue profile and nothing written', () => {
    const bare = {
      ...program,
      equipment: [],
      description: '',
      ovzAdapted: true,
      nosologies: ['vision' as const],
    };
    const all = texts(passportDocument(bare, [], undefined).content).join('\n');
    expect(all).toContain('Оборудование не требуется.');
    expect(all).toContain('Не указано.');
    expect(all).toContain('Да: нарушения зрения');
  });
});

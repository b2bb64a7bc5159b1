import { describe, expect, it } from 'vitest';
import { fioKey, searchWordsFor } from './fio';
import { fixLookalikes, fixNameLookalikes } from './lookalikes';

describe('fixLookalikes', () => {
  it('replaces Latin look-alikes in a Cyrillic word, counting them', () => {
    // «Абpaмoв» with Latin p, a, o.
    expect(fixLookalikes('Абpaмoв')).toEqual({ text: 'Абрамов', fixed: 3, mixed: [] });
    expect(fixLookalikes('Cмирнова')).toEqual({ text: 'Смирнова', fixed: 1, mixed: [] });
    expect(fixLookalikes('Cмирнова').text).toBe('Смирнова');
  });

  it('keeps Cyrillic and wholly Latin words as they are', () => {
    expect(fixLookalikes('Абрамов')).toEqual({ text: 'Абрамов', fixed: 0, mixed: [] });
    expect(fixLookalikes('Smith')).toEqual({ text: 'Smith', fixed: 0, mixed: [] });
    expect(fixLookalikes('Coca')).toEqual({ text: 'Coca', fixed: 0, mixed: [] });
  });

  it('hyphenated parts are words of their own', () => {
    expect(fixLookalikes('Ивaнова-Smith')).toEqual({ text: 'Иванова-Smith', fixed: 1, mixed: [] });
  });

  it('flags a word mixing scripts beyond look-alikes and leaves it as written', () => {
    // Latin r, g, s have no Cyrillic twin.
    expect(fixLookalikes('Пeтrов')).toEqual({ text: 'Пeтrов', fixed: 0, mixed: ['Пeтrов'] });
    expect(fixLookalikes('Ольgа')).toEqual({ text: 'Ольgа', fixed: 0, mixed: ['Ольgа'] });
  });

  it('a cell reading «constructor» or «__proto__» is only text', () => {
    expect(fixLookalikes('constructor')).toEqual({ text: 'constructor', fixed: 0, mixed: [] });
    expect(fixLookalikes('__proto__')).toEqual({ text: '__proto__', fixed: 0, mixed: [] });
  });
});

describe('names with look-alike letters', () => {
  const typed = { lastName: 'Cмирнова', firstName: 'Oльга', middleName: 'Пaвловна' };
  const real = { lastName: 'Смирнова', firstName: 'Ольга', middleName: 'Павловна' };

  it('fixNameLookalikes corrects all three parts and counts the letters', () => {
    expect(fixNameLookalikes(typed)).toEqual({ parts: real, fixed: 3, mixed: [] });
  });

  it('the duplicate key and the search words are those of the corrected name', () => {
    expect(fioKey(typed)).toBe(fioKey(real));
    expect(searchWordsFor(typed)).toEqual(searchWordsFor(real));
    expect(fioKey({ lastName: 'Абpaмoв', firstName: 'Иван', middleName: 'Викторович' })).toBe(
      'абрамов иван викторович',
    );
  });
});

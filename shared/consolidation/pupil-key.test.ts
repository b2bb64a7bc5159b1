import { describe, expect, it } from 'vitest';
import { pupilKeyMaterial, pupilKeyOf, pupilKeySigner, pupilKeysFor } from './pupil-key';

const secret = 'ключ региона 2026';

async function keyOf(lastName: string, firstName: string, middleName: string, birthDate: string | null) {
  const signer = await pupilKeySigner(secret);
  const material = pupilKeyMaterial({ lastName, firstName, middleName }, birthDate);
  return material && signer ? pupilKeyOf(signer, material) : null;
}

describe('pseudonymous pupil key', () => {
  it('is 32 hex digits and does not hold the name', async () => {
    const key = await keyOf('Семёнов', 'Пётр', 'Алексеевич', '2011-03-04');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('ё/е, case and spaces, look-alike Latin letters and a missing patronymic give the same key', async () => {
    const base = await keyOf('Семёнов', 'Пётр', 'Алексеевич', '2011-03-04');
    expect(await keyOf('СЕМЕНОВ', '  петр ', '', '2011-03-04')).toBe(base);
    expect(await keyOf('Семенов\u00a0', 'Петр', 'Алексеевич', '2011-03-04')).toBe(base);
    // «Ceмeнoв» typed with Latin C, e, o.
    expect(await keyOf('Ceмeнoв', 'Пётр', 'Алексеевич', '2011-03-04')).toBe(base);
  });

  it('a different birth date, name or secret gives a different key', async () => {
    const base = await keyOf('Семёнов', 'Пётр', 'Алексеевич', '2011-03-04');
    expect(await keyOf('Семёнов', 'Пётр', 'Алексеевич', '2011-03-05')).not.toBe(base);
    expect(await keyOf('Семёнова', 'Пётр', 'Алексеевич', '2011-03-04')).not.toBe(base);
    const other = await pupilKeySigner('другой регион');
    expect(
      await pupilKeyOf(
        other!,
        pupilKeyMaterial({ lastName: 'Семёнов', firstName: 'Пётр', middleName: '' }, '2011-03-04')!,
      ),
    ).not.toBe(base);
  });

  it('no key without a birth date, a first name or a secret', async () => {
    expect(pupilKeyMaterial({ lastName: 'Семёнов', firstName: 'Пётр', middleName: '' }, null)).toBeNull();
    expect(
      pupilKeyMaterial({ lastName: 'Семёнов', firstName: ' ', middleName: '' }, '2011-03-04'),
    ).toBeNull();
    expect(await pupilKeySigner('  ')).toBeNull();
    const people = [
      { id: 'a', lastName: 'Семёнов', firstName: 'Пётр', middleName: '', birthDate: '2011-03-04' },
    ];
    expect((await pupilKeysFor(people, '')).size).toBe(0);
    const keys = await pupilKeysFor([...people, { ...people[0]!, id: 'b', birthDate: null }], secret);
    expect([...keys.keys()]).toEqual(['a']);
    expect(keys.get('a')).toBe(await keyOf('Семёнов', 'Пётр', '', '2011-03-04'));
  });
});

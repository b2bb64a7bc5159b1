import { describe, expect, it } from 'vitest';
import {
  dammCheckDigit,
  dammValid,
  formatToken,
  parseScannedCode,
  pupilQrPayload,
  pupilToken,
  TOKEN_LENGTH,
} from './token';

describe('pupil token', () => {
  it('is stable: the same pupil and secret give the same 13 digits', async () => {
    const a = await pupilToken('secret-1', 'p-123');
    expect(a).toMatch(/^\d{13}$/);
    expect(a).toHaveLength(TOKEN_LENGTH);
    expect(await pupilToken('secret-1', 'p-123')).toBe(a);
  });

  it('another pupil or another venue secret gives another token', async () => {
    const a = await pupilToken('secret-1', 'p-123');
    expect(await pupilToken('secret-1', 'p-124')).not.toBe(a);
    expect(await pupilToken('secret-2', 'p-123')).not.toBe(a);
  });

  it('is opaque: the id is not in it, and tokens of neighbouring ids share no visible pattern', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `0000000${i}`);
    const tokens = await Promise.all(ids.map((id) => pupilToken('secret-1', id)));
    expect(new Set(tokens).size).toBe(ids.length);
    for (const [i, t] of tokens.entries()) expect(t).not.toContain(ids[i]);
    // The first digit of 200 HMAC tokens spreads over at least 8 of the 10 digits.
    expect(new Set(tokens.map((t) => t[0])).size).toBeGreaterThanOrEqual(8);
  });

  it('ends with its Damm check digit', async () => {
    const t = await pupilToken('secret-1', 'p-1');
    expect(dammCheckDigit(t.slice(0, -1))).toBe(Number(t.at(-1)));
    expect(dammValid(t)).toBe(true);
    // The classic example of the algorithm: 572 → check digit 4.
    expect(dammCheckDigit('572')).toBe(4);
  });

  it('the check digit refuses every single wrong digit and every swap of neighbours', async () => {
    const t = await pupilToken('secret-1', 'p-42');
    for (let i = 0; i < t.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === t[i]) continue;
        const typo = t.slice(0, i) + d + t.slice(i + 1);
        expect(parseScannedCode(typo)).toEqual({ kind: 'typo' });
      }
    }
    for (let i = 0; i + 1 < t.length; i++) {
      if (t[i] === t[i + 1]) continue;
      const swapped = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
      expect(parseScannedCode(swapped)).toEqual({ kind: 'typo' });
    }
  });
});

describe('parseScannedCode', () => {
  it('reads the QR payload, the bare digits, the printed groups and a scanner typing in the Russian layout', async () => {
    const t = await pupilToken('s', 'p');
    const pupil = { kind: 'pupil', token: t };
    expect(parseScannedCode(pupilQrPayload(t))).toEqual(pupil);
    expect(parseScannedCode(t)).toEqual(pupil);
    expect(parseScannedCode(formatToken(t))).toEqual(pupil);
    expect(parseScannedCode(` ЗЗ${t}\n`)).toEqual(pupil);
    expect(parseScannedCode(`pp${t}`)).toEqual(pupil);
  });

  it('prints the token in groups of four', () => {
    expect(formatToken('1234567890123')).toBe('1234 5678 9012 3');
  });

  it('calls other codes foreign and a digit too few a typo', async () => {
    const t = await pupilToken('s', 'p');
    expect(parseScannedCode('ПрофПроба: сертификат № ИМП-2026-0001, код проверки ABCD-EFGH')).toEqual({
      kind: 'foreign',
    });
    expect(parseScannedCode('https://example.org/')).toEqual({ kind: 'foreign' });
    expect(parseScannedCode('')).toEqual({ kind: 'foreign' });
    expect(parseScannedCode('12345')).toEqual({ kind: 'foreign' });
    expect(parseScannedCode(t.slice(1))).toEqual({ kind: 'typo' });
    expect(parseScannedCode(`PP${t}7`)).toEqual({ kind: 'typo' });
  });
});

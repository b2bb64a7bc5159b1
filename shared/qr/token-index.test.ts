import { describe, expect, it } from 'vitest';
import { pupilToken } from './token';
import { TokenIndex } from './token-index';

describe('TokenIndex', () => {
  it('resolves the tokens of the pupils it was given, and nobody else', async () => {
    const index = new TokenIndex('venue-secret');
    await index.include(['a', 'b']);
    expect(index.lookup(await pupilToken('venue-secret', 'a'))).toBe('a');
    expect(index.lookup(await pupilToken('venue-secret', 'b'))).toBe('b');
    expect(index.lookup(await pupilToken('venue-secret', 'c'))).toBeUndefined();
    await index.include(['c', 'a']);
    expect(index.lookup(await pupilToken('venue-secret', 'c'))).toBe('c');
  });

  it('does not resolve a token of the same pupil made with another venue secret', async () => {
    const index = new TokenIndex('venue-secret');
    await index.include(['a']);
    expect(index.lookup(await pupilToken('other-venue', 'a'))).toBeUndefined();
  });

  it('gives the token it would print', async () => {
    const index = new TokenIndex('venue-secret');
    expect(await index.tokenOf('a')).toBe(await pupilToken('venue-secret', 'a'));
  });
});

import { describe, expect, it } from 'vitest';
import { guardCsvText, isFormulaLike } from './formula-guard';

describe('formula guard', () => {
  it('neutralises every dangerous first character', () => {
    for (const v of ['=1+1', '+7 900', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(isFormulaLike(v)).toBe(true);
      expect(guardCsvText(v)).toBe(`'${v}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const v of ['Иванов', '«Лицей № 5»', '8Б', '', ' =a']) expect(guardCsvText(v)).toBe(v);
  });
});

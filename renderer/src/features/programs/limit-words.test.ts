import { describe, expect, it } from 'vitest';
import { PLACE_CAPACITY_MAX, PROGRAM_LIMITS } from '@shared/programs';
import ru from './locales/ru.json';
import en from './locales/en.json';

describe('the words of the limit codes', () => {
  // Field messages take no parameters, so the words spell the limits out; they must follow PROGRAM_LIMITS.
  it('name the limits the schemas check, in both languages', () => {
    const L = PROGRAM_LIMITS;
    for (const { errors } of [ru, en]) {
      expect(errors.durationMin).toContain(String(L.durationMin));
      expect(errors.durationMax).toContain(String(L.durationMax));
      expect(errors.gradeRange).toContain(String(L.gradeMin));
      expect(errors.gradeRange).toContain(String(L.gradeMax));
      expect(errors.groupSizeMin).toContain(String(L.groupMin));
      expect(errors.groupSizeMax).toContain(String(L.groupMax));
      expect(errors.equipmentTooMany).toContain(String(L.equipmentMax));
      expect(errors.percentRange).toContain(String(L.percentMin));
      expect(errors.percentRange).toContain(String(L.percentMax));
      expect(errors.capacityMax).toContain(String(PLACE_CAPACITY_MAX));
    }
  });
});

import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Conflict } from '@shared/schedule';
import ru from './locales/ru.json';
import en from './locales/en.json';
import { conflictText } from './conflict-text';

async function tFor(lng: 'ru' | 'en'): Promise<TFunction<'schedule'>> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    ns: ['schedule'],
    defaultNS: 'schedule',
    resources: { ru: { schedule: ru }, en: { schedule: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT(lng, 'schedule') as TFunction<'schedule'>;
}

const other = {
  slot: '12.03.2026 15:00–16:30',
  otherGroup: 'Портной — 12.03.2026',
  otherProgram: 'Портной: пошив простого изделия',
  otherSlot: '12.03.2026 16:00–17:00',
};

const conflict = (code: Conflict['code'], params: Conflict['params']) => ({ code, params }) as Conflict;

describe('conflictText', () => {
  it('says each conflict as the schedule always has', async () => {
    const t = await tFor('ru');
    expect(
      conflictText(
        conflict('schedule.conflictParticipantOverlap', { name: 'Иванов Иван Иванович', ...other }),
        t,
      ),
    ).toBe(
      'Иванов Иван Иванович уже записан(а) в группу «Портной — 12.03.2026»: занятие 12.03.2026 15:00–16:30 пересекается с занятием группы «Портной — 12.03.2026» (программа «Портной: пошив простого изделия») 12.03.2026 16:00–17:00.',
    );
    expect(
      conflictText(
        conflict('schedule.conflictPlaceOverlap', { place: 'Лаборатория (ауд. 104)', ...other }),
        t,
      ),
    ).toBe(
      '«Лаборатория (ауд. 104)» уже занято: занятие 12.03.2026 15:00–16:30 пересекается с занятием группы «Портной — 12.03.2026» (программа «Портной: пошив простого изделия») 12.03.2026 16:00–17:00.',
    );
    expect(
      conflictText(conflict('schedule.conflictMentorOverlap', { mentor: 'Кравцов О. В.', ...other }), t),
    ).toMatch(/^Наставник Кравцов О\. В\. уже занят/);
    expect(
      conflictText(
        conflict('schedule.conflictGroupOverlap', {
          group: 'Лазерная резка — 12.03.2026',
          slot: '12.03.2026 15:30–16:30',
          otherSlot: '12.03.2026 15:00–16:30',
        }),
        t,
      ),
    ).toBe(
      'Занятие 12.03.2026 15:30–16:30 пересекается с другим занятием группы «Лазерная резка — 12.03.2026» 12.03.2026 15:00–16:30: у одной группы не может быть двух занятий одновременно.',
    );
    const grade = { name: 'Смирнов Олег', grade: 7, program: 'Лазерная резка', min: 8, max: 9 };
    expect(conflictText(conflict('schedule.conflictGradeOutside', grade), t)).toBe(
      'Смирнов Олег учится в 7 классе, а программа «Лазерная резка» рассчитана на 8–9 классы.',
    );
    expect(
      conflictText(
        conflict('schedule.conflictGradeOutside', { ...grade, min: 9, max: 9, context: 'single' }),
        t,
      ),
    ).toMatch('рассчитана на 9 класс.');
    const capacity = conflictText(
      conflict('schedule.conflictOverCapacity', { group: 'Г', capacity: 3, requested: 4, extra: 1 }),
      t,
    );
    expect(capacity).toMatch('3 мест');
    expect(capacity).toMatch('лист ожидания');
  });

  it('and in English, without Russian words of its own', async () => {
    const t = await tFor('en');
    const text = conflictText(
      conflict('schedule.conflictOverCapacity', { group: 'A', capacity: 3, requested: 4, extra: 1 }),
      t,
    );
    expect(text).toMatch('waiting list');
    expect(text).not.toMatch(/[А-Яа-яЁё]/);
  });
});

import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import ru from './locales/ru.json';
import en from './locales/en.json';
import { seriesSummary } from './series-summary';

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

const TUESDAYS = { from: '2026-03-03', weekdays: [2], count: 4, start: '15:00', end: '16:30' };

describe('seriesSummary', () => {
  it('says it the Russian way', async () => {
    const t = await tFor('ru');
    expect(seriesSummary(TUESDAYS, t)).toBe('по вторникам 15:00–16:30, 4 занятия, с 03.03.2026');
    expect(seriesSummary({ ...TUESDAYS, weekdays: [4, 2], count: 5 }, t)).toBe(
      'по вторникам и четвергам 15:00–16:30, 5 занятий, с 03.03.2026',
    );
    expect(seriesSummary({ ...TUESDAYS, weekdays: [1, 3, 5], count: 21 }, t)).toBe(
      'по понедельникам, средам и пятницам 15:00–16:30, 21 занятие, с 03.03.2026',
    );
  });

  it('and in English', async () => {
    const t = await tFor('en');
    expect(seriesSummary({ ...TUESDAYS, weekdays: [4, 2], count: 1 }, t)).toBe(
      'on Tuesdays and Thursdays 15:00–16:30, 1 session, from 03.03.2026',
    );
  });
});

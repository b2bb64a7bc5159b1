import 'fake-indexeddb/auto';
import { sexOf } from '@shared/text/gender';
import { describe, expect, it } from 'vitest';
import { loadDemoVenue } from '../../db/repos/demo-repo';
import { loadSessionContext } from '../../db/queries/attendance';
import { setMark, setMarkNote } from '../../db/repos/attendance-repo';
import { getVenue } from '../../db/queries/venue';
import { freshDbFactory } from '../../db/testing/test-db';
import { sheetDataFor } from './sheet-data';

const freshDb = freshDbFactory('sheet-data');

describe('attendance sheet data', () => {
  it('fills the header and one row per enrolled pupil, with consent, grade, marks and notes', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-24', db);
    const session = (await db.sessions.where('date').above('2026-11-24').sortBy('date'))[0]!;
    let ctx = (await loadSessionContext(session.id, db))!;
    const first = ctx.participants[0]!;
    await setMark(session.id, first.id, 'late', db);
    await setMarkNote(session.id, first.id, 'автобус', db);
    await db.consents.where('participantId').equals(ctx.participants[1]!.id).delete();
    ctx = (await loadSessionContext(session.id, db))!;
    const venue = await getVenue(db);

    const data = sheetDataFor(ctx, venue);
    expect(data.venueName).toContain('Импульс');
    expect(data.programTitle).toBe(ctx.program!.title);
    expect(data.sphere).toMatch(/среда$/);
    expect(data.place).toBe(ctx.place!.name);
    expect(data.mentors).toMatch(/^[А-ЯЁ][а-яё]+\u00a0[А-ЯЁ]\.\u00a0[А-ЯЁ]\.$/);
    expect(data.rows).toHaveLength(ctx.participants.length);
    expect(data.rows[0]).toMatchObject({ status: 'late', note: 'автобус', consent: true });
    expect(data.rows[0]!.grade).toBe(`${first.grade}${first.classLetter}`);
    expect(data.rows[1]).toMatchObject({ status: null, consent: false });
    // The sex each mark agrees with: stored, or else the patronymic's.
    for (const [i, p] of ctx.participants.entries())
      expect(data.rows[i]!.sex).toBe(p.sex ?? sexOf({ middleName: p.middleName }));
    expect(data.rows.some((r) => r.sex === 'F')).toBe(true);
  });
});

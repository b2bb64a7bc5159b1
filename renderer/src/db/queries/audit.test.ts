import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { logAction } from '../repos/audit-repo';
import { freshDbFactory } from '../testing/test-db';
import { countAudit, listAudit } from './audit';

const freshDb = freshDbFactory('audit-queries');

describe('audit queries', () => {
  it('lists the audit log newest first, up to a limit', async () => {
    const db = freshDb();
    for (const id of ['a', 'b', 'c']) {
      await logAction('delete', 'mentor', id, { code: 'mentorDeleted' }, db);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await listAudit(2, db)).map((e) => e.entityId)).toEqual(['c', 'b']);
    expect(await countAudit(db)).toBe(3);
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RuleError } from '@shared/errors';
import type { ProfprobaDb } from '../db';
import { issueCertificates, setCertificateNumberSource } from '../db/repos/certificate-repo';
import { loadDemoVenue } from '../db/repos/demo-repo';
import { runTestServer } from '../../../tests/sync-server/run-test-server';
import { freshDbFactory, rejection } from '../db/testing/test-db';
import { reserveNumbers } from './certificate-numbers';
import { MemoryPouch } from './testing/memory-pouch';

const TODAY = '2026-11-24';
const { server } = runTestServer(4417);
const freshDb = freshDbFactory('cert-numbers');

async function pcWithDemo(user: 'pc1' | 'pc2', url: string): Promise<ProfprobaDb> {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  const remote = new MemoryPouch(`${url}/venue-certs`, {
    adapter: 'http',
    auth: { username: user, password: user === 'pc1' ? 'one' : 'two' },
  });
  setCertificateNumberSource(db, (year, count, known) => reserveNumbers(remote, url, year, count, known));
  return db;
}

/** Demo groups whose sessions are all past, so some members completed. */
async function completedGroupIds(db: ProfprobaDb): Promise<string[]> {
  const ids: string[] = [];
  for (const g of await db.groups.toArray()) {
    const sessions = await db.sessions.where('groupId').equals(g.id).toArray();
    if (sessions.every((s) => s.date < TODAY)) ids.push(g.id);
  }
  return ids;
}

describe('certificate numbers with sync on', () => {
  it('two PCs issuing at once never take the same number', async () => {
    await fetch(`${server.url}/venue-certs`, {
      method: 'PUT',
      headers: { authorization: 'Basic ' + Buffer.from('pc1:one').toString('base64') },
    });
    const a = await pcWithDemo('pc1', server.url);
    const b = await pcWithDemo('pc2', server.url);
    const groupsA = await completedGroupIds(a);
    const groupsB = await completedGroupIds(b);
    expect(groupsA.length).toBeGreaterThan(1);
    const results = await Promise.all([
      ...groupsA.slice(0, 2).map((groupId) => issueCertificates({ groupId, issuedOn: TODAY }, a)),
      ...groupsB.slice(0, 2).map((groupId) => issueCertificates({ groupId, issuedOn: TODAY }, b)),
    ]);
    const seqs = results.flatMap((r) => r.issued.map((c) => c.seq)).sort((x, y) => x - y);
    expect(seqs.length).toBeGreaterThan(4);
    expect(new Set(seqs).size).toBe(seqs.length);
    // One counter on the server: the numbers run without gaps across both PCs.
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('without the server, issuing is refused naming it, and nothing is stored', async () => {
    const db = await pcWithDemo('pc1', 'http://127.0.0.1:4418');
    const [groupId] = await completedGroupIds(db);
    const error = await rejection(issueCertificates({ groupId: groupId!, issuedOn: TODAY }, db));
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toMatchObject({
      code: 'sync.certificateNeedsServer',
      params: { url: 'http://127.0.0.1:4418' },
    });
    expect(await db.certificates.count()).toBe(0);
  });
});

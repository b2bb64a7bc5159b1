import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verificationCode } from '@shared/certificates';
import { VENUE_ID, type Certificate } from '@shared/domain';
import { getSecrets, SECRET_KEY, verifyCertificate } from '../db/queries/certificates';
import { issueCertificates } from '../db/repos/certificate-repo';
import { loadDemoVenue } from '../db/repos/demo-repo';
import { runTestServer } from '../../../tests/sync-server/run-test-server';
import { freshDbFactory } from '../db/testing/test-db';
import type { ProfprobaDb } from '../db';
import { enginePc, newServerDb as newServerDbOn, type PcUser } from './testing/two-pcs';

/** The verification secret is the venue's (on its synced profile): a certificate printed on A verifies on B. */

const { server } = runTestServer(4420);
const freshDb = freshDbFactory('sync-cert-verify');
const TODAY = '2026-11-24';

const pc = (user: PcUser, dbName: string) => enginePc(server, freshDb(), user, dbName);
const newServerDb = () => newServerDbOn(server);

async function issueOne(db: ProfprobaDb) {
  for (const g of await db.groups.toArray()) {
    const sessions = await db.sessions.where('groupId').equals(g.id).toArray();
    if (!sessions.every((s) => s.date < TODAY)) continue;
    const { issued } = await issueCertificates({ groupId: g.id, issuedOn: TODAY }, db);
    if (issued.length > 0) return issued[0]!;
  }
  throw new Error('no group to issue for');
}

describe('certificate verification across PCs', () => {
  it('a certificate issued on A verifies on B', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await loadDemoVenue(TODAY, a.db);
    const certificate = await issueOne(a.db);
    await a.sync();
    await b.sync();
    expect(await b.db.certificates.get(certificate.id)).toBeDefined();
    const check = await verifyCertificate(certificate.number, certificate.verificationCode, b.db);
    expect(check.kind).toBe('genuine');
    // A changed code is still refused on B.
    const wrong = certificate.verificationCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await verifyCertificate(certificate.number, wrong, b.db)).kind).toBe('unknown');
  }, 30_000);

  it('a PC whose own secret lost to another profile puts it back on the profile; both PCs verify everything', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await loadDemoVenue(TODAY, a.db);
    await a.sync();
    await b.sync();
    // B made certificates with a secret of its own (a version-3 PC): the profile A sends does not hold it.
    const bOwn = 'secret-of-pc-b-made-before-version-4-0000000000';
    await b.db.settings.put({ key: SECRET_KEY, value: bOwn });
    const onA = await issueOne(a.db);
    const number = 'ИМП-2025-0001';
    const printedOnB: Certificate = {
      ...onA,
      id: 'printed-on-b',
      number,
      year: 2025,
      seq: 1,
      verificationCode: await verificationCode(bOwn, {
        number,
        fio: onA.snapshot.fio,
        programTitle: onA.snapshot.programTitle,
      }),
    };
    await b.db.certificates.add(printedOnB);
    await a.sync();
    await b.sync();
    expect(await getSecrets(b.db)).toEqual([...(await getSecrets(a.db)), bOwn]);
    // B issues: new codes with the venue's secret, and B's old one joins the profile for A.
    const onB = await issueOne(b.db);
    expect((await b.db.venue.get(VENUE_ID))?.verificationSecrets).toContain(bOwn);
    await b.sync();
    await a.sync();
    expect(await getSecrets(a.db)).toContain(bOwn);
    for (const side of [a, b]) {
      for (const c of [onA, onB, printedOnB]) {
        expect((await verifyCertificate(c.number, c.verificationCode, side.db)).kind).toBe('genuine');
      }
    }
  }, 30_000);
});

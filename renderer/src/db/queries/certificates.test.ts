import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATE_DESIGN } from '@shared/certificates';
import { loadDemoVenue } from '../repos/demo-repo';
import { issueCertificates, reissueCertificate, saveCertificateDesign } from '../repos/certificate-repo';
import { anonymizeParticipant } from '../repos/participant-repo';
import { freshDbFactory } from '../testing/test-db';
import {
  dueByGroup,
  certificateView,
  eligibilityForGroup,
  getCertificateDesign,
  groupChoices,
  listCertificates,
  printSettings,
  programTitles,
  schoolNames,
} from './certificates';

const TODAY = '2026-11-24';
const freshDb = freshDbFactory('certificate-queries-test');

/** A demo group whose sessions are all past, so some of its members completed. */
async function completedGroupId(db: ReturnType<typeof freshDb>): Promise<string> {
  for (const g of await db.groups.toArray()) {
    const sessions = await db.sessions.where('groupId').equals(g.id).toArray();
    if (sessions.every((s) => s.date < TODAY)) return g.id;
  }
  throw new Error('no completed group in the demo');
}

describe('certificate queries', () => {
  it('the journal is newest first; a certificate comes with the ones it replaced and was replaced by', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const groupId = await completedGroupId(db);
    const { issued } = await issueCertificates({ groupId, issuedOn: '2026-11-20' }, db);
    const replacement = await reissueCertificate(issued[0]!.id, { issuedOn: TODAY }, db);
    const journal = await listCertificates(db);
    expect(journal).toHaveLength(issued.length + 1);
    expect(journal[0]!.id).toBe(replacement.id);
    expect(journal[1]!.seq).toBeGreaterThan(journal[2]!.seq);

    const old = await certificateView(issued[0]!.id, db);
    expect(old?.replacedBy?.id).toBe(replacement.id);
    expect(old?.replaces).toBeUndefined();
    expect((await certificateView(replacement.id, db))?.replaces?.id).toBe(issued[0]!.id);
    expect(await certificateView('nope', db)).toBeNull();
  });

  it('lists the groups under their programmes, the schools and the programme titles', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const choices = await groupChoices(db);
    expect(choices.flatMap((c) => c.items)).toHaveLength(await db.groups.count());
    const titles = choices.map((c) => c.group);
    expect([...titles].sort((a, b) => a.localeCompare(b, 'ru'))).toEqual(titles);
    expect((await schoolNames(db)).size).toBe(await db.schools.count());
    expect((await programTitles(db)).size).toBe(await db.programs.count());
  });

  it('tells who of a group is eligible, and refuses a missing group with a code', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const view = await eligibilityForGroup(await completedGroupId(db), db);
    expect(view.eligible.length).toBeGreaterThan(0);
    expect(view.participants.size).toBeGreaterThan(0);
    await expect(eligibilityForGroup('nope', db)).rejects.toMatchObject({
      code: 'certificates.groupNotFound',
    });
  });

  it('counts what is due per group, as each group eligibility says, and drops a group once issued', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const due = await dueByGroup(db);
    expect(due.size).toBeGreaterThan(0);
    for (const [groupId, n] of due) expect(n).toBe((await eligibilityForGroup(groupId, db)).eligible.length);
    const groupId = await completedGroupId(db);
    const eligible = (await eligibilityForGroup(groupId, db)).eligible.map((e) => e.participantId);
    await issueCertificates({ groupId, participantIds: eligible }, db);
    expect((await dueByGroup(db)).has(groupId)).toBe(false);
  });

  it('skips, as the group eligibility does, an anonymised participant and one no longer stored', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const groupId = await completedGroupId(db);
    const eligible = (await eligibilityForGroup(groupId, db)).eligible.map((e) => e.participantId);
    expect(eligible.length).toBeGreaterThanOrEqual(2);
    await anonymizeParticipant(eligible[0]!, db);
    // Deleted on another PC while its enrollment and marks are still here (sync applies them one by one).
    await db.participants.delete(eligible[1]!);
    const left = (await eligibilityForGroup(groupId, db)).eligible.length;
    expect(left).toBe(eligible.length - 2);
    expect((await dueByGroup(db)).get(groupId) ?? 0).toBe(left);
  });

  it('reads the design (the default until one is saved) with the venue for printing', async () => {
    const db = freshDb();
    expect(await getCertificateDesign(db)).toEqual(DEFAULT_CERTIFICATE_DESIGN);
    const design = { ...DEFAULT_CERTIFICATE_DESIGN, template: 'modern' as const };
    await saveCertificateDesign(design, db);
    expect((await printSettings(db)).design.template).toBe('modern');
    expect((await printSettings(db)).venue).toBeUndefined();
    await loadDemoVenue(TODAY, db);
    expect((await printSettings(db)).venue?.fullName).toBeTruthy();
  });
});

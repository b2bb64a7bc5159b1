import { newId, type Program } from '@shared/domain';
import {
  completionRuleOf,
  copyTitle,
  findTitleConflict,
  programFormSchema,
  titleConflictMessage,
  titleKey,
  type ProgramFormValues,
} from '@shared/programs';
import { cleanSpaces } from '@shared/text/normalize';
import { plural } from '@shared/text/collation';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';

/** The title is taken by another programme in use; the form shows `message` at the title field. */
export class ProgramTitleTakenError extends Error {
  readonly field = 'title';
}

export interface ProgramReferences {
  groups: number;
  sessions: number;
  certificates: number;
}

/** The programme is referenced by groups, sessions or certificates and cannot be deleted (only archived). */
export class ProgramInUseError extends Error {
  constructor(readonly references: ProgramReferences) {
    super(programInUseMessage(references));
  }
}

export function programInUseMessage(r: ProgramReferences): string {
  const parts = [
    r.groups > 0 && `${r.groups} ${plural(r.groups, ['группа', 'группы', 'групп'])}`,
    r.sessions > 0 && `${r.sessions} ${plural(r.sessions, ['занятие', 'занятия', 'занятий'])}`,
    r.certificates > 0 &&
      `${r.certificates} ${plural(r.certificates, ['сертификат', 'сертификата', 'сертификатов'])}`,
  ].filter(Boolean);
  return `Программу нельзя удалить: на неё ссылаются ${parts.join(', ')}. Её можно отправить в архив — история сохранится, новые группы создаваться не будут.`;
}

function tablesOf(db: ProfprobaDb) {
  return [db.programs, db.groups, db.sessions, db.certificates, db.auditLog];
}

async function assertTitleFree(
  db: ProfprobaDb,
  title: string,
  status: Program['status'],
  selfId: string | null,
): Promise<void> {
  const sameKey = await db.programs.where('titleKey').equals(titleKey(title)).toArray();
  const conflict = findTitleConflict(title, status, sameKey, selfId);
  if (conflict) throw new ProgramTitleTakenError(titleConflictMessage(conflict));
}

/** Creates (id null) or updates a programme from the form. Validates again; nothing is written on error. */
export async function saveProgram(
  input: ProgramFormValues,
  id: string | null,
  db: ProfprobaDb = defaultDb,
): Promise<Program> {
  const values = programFormSchema.parse(input);
  return db.transaction('rw', db.programs, async () => {
    const current = id ? await db.programs.get(id) : undefined;
    if (id && !current) throw new Error('Программа не найдена: возможно, её уже удалили.');
    const title = cleanSpaces(values.title);
    await assertTitleFree(db, title, values.status, id);
    const now = new Date().toISOString();
    const { completionMode: _mode, completionPercent: _percent, ...fields } = values;
    const program: Program = {
      ...fields,
      title,
      titleKey: titleKey(title),
      profession: cleanSpaces(values.profession),
      nosologies: values.ovzAdapted ? values.nosologies : [],
      completion: completionRuleOf(values),
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    await db.programs.put(program);
    return program;
  });
}

/** A draft copy «Копия — <title>» with every field, no groups. */
export async function duplicateProgram(id: string, db: ProfprobaDb = defaultDb): Promise<Program> {
  return db.transaction('rw', db.programs, async () => {
    const source = await db.programs.get(id);
    if (!source) throw new Error('Программа не найдена: возможно, её уже удалили.');
    const taken = new Set(
      (await db.programs.toArray()).filter((p) => p.status !== 'archived').map((p) => p.titleKey),
    );
    const title = copyTitle(source.title, taken);
    const now = new Date().toISOString();
    const copy: Program = {
      ...structuredClone(source),
      id: newId(),
      title,
      titleKey: titleKey(title),
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    };
    await db.programs.add(copy);
    return copy;
  });
}

export async function archiveProgram(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.programs, async () => {
    const p = await db.programs.get(id);
    if (!p) throw new Error('Программа не найдена: возможно, её уже удалили.');
    await db.programs.update(id, { status: 'archived', updatedAt: new Date().toISOString() });
  });
}

/** Back from the archive as active; refused while another programme in use has the same title. */
export async function restoreProgram(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.programs, async () => {
    const p = await db.programs.get(id);
    if (!p) throw new Error('Программа не найдена: возможно, её уже удалили.');
    await assertTitleFree(db, p.title, 'active', id);
    await db.programs.update(id, { status: 'active', updatedAt: new Date().toISOString() });
  });
}

export async function programReferences(id: string, db: ProfprobaDb = defaultDb): Promise<ProgramReferences> {
  const [groups, sessions, certificates] = await Promise.all([
    db.groups.where('programId').equals(id).count(),
    db.sessions.where('programId').equals(id).count(),
    db.certificates.where('programId').equals(id).count(),
  ]);
  return { groups, sessions, certificates };
}

/** Deletes a programme nothing refers to; otherwise throws ProgramInUseError and changes nothing. */
export async function deleteProgram(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const p = await db.programs.get(id);
    if (!p) throw new Error('Программа не найдена: возможно, её уже удалили.');
    const refs = await programReferences(id, db);
    if (refs.groups + refs.sessions + refs.certificates > 0) throw new ProgramInUseError(refs);
    await db.programs.delete(id);
    await logAction('delete', 'program', id, 'Удалена программа без групп и сертификатов', db);
  });
}

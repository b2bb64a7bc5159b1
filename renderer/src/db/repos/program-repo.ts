import { newId, type Program } from '@shared/domain';
import {
  completionRuleOf,
  copyTitle,
  findTitleConflict,
  programDeleteRefusal,
  programFormSchema,
  titleKey,
  type ProgramFormValues,
} from '@shared/programs';
import { cleanSpaces } from '@shared/text/normalize';
import { RuleError } from '@shared/errors';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { programReferences } from '../queries/programs';
import { logAction } from './audit-repo';

function tablesOf(db: ProfprobaDb) {
  return [db.programs, db.groups, db.sessions, db.certificates, db.journal];
}

async function assertTitleFree(
  db: ProfprobaDb,
  title: string,
  status: Program['status'],
  selfId: string | null,
): Promise<void> {
  const sameKey = await db.programs.where('titleKey').equals(titleKey(title)).toArray();
  const conflict = findTitleConflict(title, status, sameKey, selfId);
  // The form shows this next to the title field.
  if (conflict) throw new RuleError('programs.titleTaken', { title: conflict.title }, 'title');
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
    if (id && !current) throw new RuleError('programs.programNotFound');
    const title = cleanSpaces(values.title);
    await assertTitleFree(db, title, values.status, id);
    const now = new Date().toISOString();
    const { completionMode: _mode, completionPercent: _percent, ...fields } = values;
    const program: Program = {
      ...fields,
      title,
      titleKey: titleKey(title),
      profession: cleanSpaces(values.profession),
      platformName: cleanSpaces(values.platformName ?? ''),
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
    if (!source) throw new RuleError('programs.programNotFound');
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
    if (!p) throw new RuleError('programs.programNotFound');
    await db.programs.update(id, { status: 'archived', updatedAt: new Date().toISOString() });
  });
}

/** Back from the archive as active; refused while another programme in use has the same title. */
export async function restoreProgram(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.programs, async () => {
    const p = await db.programs.get(id);
    if (!p) throw new RuleError('programs.programNotFound');
    await assertTitleFree(db, p.title, 'active', id);
    await db.programs.update(id, { status: 'active', updatedAt: new Date().toISOString() });
  });
}

/** Deletes a programme nothing refers to; otherwise refuses with `programs.programInUse` and changes nothing. */
export async function deleteProgram(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const p = await db.programs.get(id);
    if (!p) throw new RuleError('programs.programNotFound');
    const refusal = programDeleteRefusal(await programReferences(id, db));
    if (refusal) throw refusal;
    await db.programs.delete(id);
    await logAction('delete', 'program', id, { code: 'programDeleted' }, db);
  });
}

import type { IsoDate } from '../domain/common';
import type { ParticipantDraft } from '../participants/draft';
import { parseCodedMessage } from '../errors';
import { participantSchema, schoolSchema } from '../participants/schemas';
import { fixLookalikes } from '../text/lookalikes';
import { cellText, columnLetter, isEmptyRow, type Cell, type CellTable } from './cells';
import { PLATFORM_TRIAL_COLUMNS, headerKey, type ColumnMapping, type ImportField } from './fields';
import {
  cleanNamePart,
  parseBirthDate,
  parseClass,
  parseClassLetter,
  parseFioCell,
  parseGrade,
  parseSex,
  parseVerification,
  parseYesNo,
  splitMulti,
  splitMultiDates,
} from './values';
import { valueProblem, type DroppedValue, type ProblemColumn, type ValueProblem } from './problems';

/** A schema of one text field, as the participant and school schemas declare them. */
interface ZodText {
  safeParse(value: string): { success: true } | { success: false; error: { issues: { message: string }[] } };
}

export interface RowProblem {
  /** «Дата рождения» (столбец F) — the file's own header and the Excel column letter. */
  column: ProblemColumn;
  problem: ValueProblem;
  /** For a warning: the value that will not be saved because of it. */
  dropped?: DroppedValue;
}

/** A data row of the file, parsed: what it says, and what is wrong with it. */
export interface ImportRow {
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  draft: ParticipantDraft;
  schoolName: string;
  municipality: string;
  navigatorName: string;
  /** Trials visited according to the platform export (names and dates of the three kinds). */
  platformTrials: { kind: string; names: string[]; dates: IsoDate[] }[];
  errors: RowProblem[];
  warnings: RowProblem[];
}

export function columnRef(header: readonly Cell[], index: number): ProblemColumn {
  return { header: cellText(header[index] ?? null), letter: columnLetter(index) };
}

/**
 * A row repeating the header: every filled cell reads as the header's cell above it. It stops at the first cell
 * that does not (a data row's first cell, as a rule), and the header's keys are computed once per file: this
 * runs for every row of a 20 000-row export.
 */
function isRepeatedHeader(row: readonly Cell[], headerKeys: readonly string[]): boolean {
  let filled = 0;
  for (let i = 0; i < row.length; i++) {
    const k = headerKey(cellText(row[i]));
    if (!k) continue;
    if (k !== headerKeys[i]) return false;
    filled += 1;
  }
  return filled > 0;
}

/** An «Итого»/«Всего» row: its first filled cell says so. */
function isTotalRow(row: readonly Cell[]): boolean {
  for (const c of row) {
    const text = cellText(c);
    if (text) return /^(итого|всего)([\s:]|$)/i.test(text);
  }
  return false;
}

/**
 * Turns the data rows (everything below the header row) into participant drafts. Empty rows, a repeated
 * header and an «Итого» row are skipped; every value that cannot be read becomes a problem naming the row
 * and the column.
 */
export function buildImportRows(
  table: CellTable,
  headerIndex: number,
  mapping: ColumnMapping,
  today: IsoDate,
  isPlatform = false,
): ImportRow[] {
  const header = table[headerIndex] ?? [];
  const headerKeys = Array.from(header, (c) => headerKey(cellText(c)));
  const out: ImportRow[] = [];
  for (let r = headerIndex + 1; r < table.length; r++) {
    const row = table[r]!;
    if (isEmptyRow(row) || isRepeatedHeader(row, headerKeys) || isTotalRow(row)) continue;
    out.push(buildRow(row, r + 1, header, mapping, today, isPlatform));
  }
  return out;
}

function buildRow(
  row: readonly Cell[],
  rowNumber: number,
  header: readonly Cell[],
  mapping: ColumnMapping,
  today: IsoDate,
  isPlatform: boolean,
): ImportRow {
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const cell = (f: ImportField): Cell | undefined => {
    const i = mapping[f];
    return i === undefined ? undefined : (row[i] ?? null);
  };
  const col = (f: ImportField): ProblemColumn => {
    const i = mapping[f];
    return i === undefined ? { field: f } : columnRef(header, i);
  };
  const draft: ParticipantDraft = {
    lastName: '',
    firstName: '',
    middleName: '',
    birthDate: null,
    sex: null,
    grade: null,
    classLetter: '',
    contact: '',
    hasDisability: null,
    nosology: '',
    platformId: null,
    verification: null,
  };

  // ФИО: separate columns win over a one-cell ФИО when both are mapped and filled.
  const last = cleanNamePart(cell('lastName'));
  const first = cleanNamePart(cell('firstName'));
  const separate = mapping.lastName !== undefined && (last || first || mapping.fio === undefined);
  if (separate) {
    draft.lastName = last;
    draft.firstName = first;
    draft.middleName = cleanNamePart(cell('middleName'));
    if (!last) errors.push({ column: col('lastName'), problem: valueProblem('participants.cellNoLastName') });
    if (!first)
      errors.push({ column: col('firstName'), problem: valueProblem('participants.cellNoFirstName') });
  } else {
    const fio = parseFioCell(cell('fio'));
    if (fio === null) errors.push({ column: col('fio'), problem: valueProblem('participants.cellNoFio') });
    else if ('error' in fio) errors.push({ column: col('fio'), problem: fio.error });
    else Object.assign(draft, fio.value);
  }
  // Latin look-alikes in a name («Абpaмoв») are corrected here, so the duplicate check, the search words and
  // the stored record all see the Cyrillic name; what was corrected or is still mixed is said on the row.
  for (const part of ['lastName', 'firstName', 'middleName'] as const) {
    const typed = draft[part];
    if (!typed) continue;
    const column = col(separate ? part : 'fio');
    const fix = fixLookalikes(typed);
    if (fix.fixed > 0) {
      draft[part] = fix.text;
      warnings.push({
        column,
        problem: valueProblem('participants.cellLatinFixed', {
          count: fix.fixed,
          text: typed,
          fixed: fix.text,
        }),
      });
    }
    if (fix.mixed.length > 0)
      warnings.push({
        column,
        problem: valueProblem('participants.cellMixedScripts', { text: fix.mixed.join(', ') }),
      });
    // A name starting like a formula is kept as text (exports write it as text), but a person should look.
    if (/^[=+\-−@]/u.test(typed))
      warnings.push({ column, problem: valueProblem('participants.cellFormulaLike', { text: typed }) });
  }

  const birth = parseBirthDate(cell('birthDate'), today);
  if (birth && 'error' in birth) errors.push({ column: col('birthDate'), problem: birth.error });
  else if (birth) draft.birthDate = birth.value;

  if (mapping.grade !== undefined) {
    const g = parseGrade(cell('grade'));
    if (g && 'error' in g) errors.push({ column: col('grade'), problem: g.error });
    else if (g) draft.grade = g.value;
  } else if (mapping.classFull !== undefined) {
    const c = parseClass(cell('classFull'));
    if (c && 'error' in c) errors.push({ column: col('classFull'), problem: c.error });
    else if (c) {
      draft.grade = c.value.grade;
      draft.classLetter = c.value.letter;
    }
  }
  if (mapping.classLetter !== undefined) {
    const l = parseClassLetter(cell('classLetter'));
    if (l && 'error' in l) warnings.push({ column: col('classLetter'), problem: l.error, dropped: 'letter' });
    else if (l) draft.classLetter = l.value;
  }

  const sex = parseSex(cell('sex'));
  if (sex && 'error' in sex) warnings.push({ column: col('sex'), problem: sex.error, dropped: 'sex' });
  else if (sex) draft.sex = sex.value;

  const ovz = parseYesNo(cell('hasDisability'));
  if (ovz && 'error' in ovz)
    warnings.push({ column: col('hasDisability'), problem: ovz.error, dropped: 'ovz' });
  else if (ovz) draft.hasDisability = ovz.value;
  draft.nosology = cellText(cell('nosology') ?? null);
  if (draft.nosology && draft.hasDisability === null) draft.hasDisability = true;

  const ver = parseVerification(cell('verification'));
  if (ver && 'error' in ver) warnings.push({ column: col('verification'), problem: ver.error });
  else if (ver) draft.verification = ver.value;

  draft.contact = cellText(cell('contact') ?? null);
  const pid = cellText(cell('platformId') ?? null);
  draft.platformId = pid || null;

  const platformTrials = isPlatform
    ? PLATFORM_TRIAL_COLUMNS.map(({ kind, names, dates }) => {
        const parsed = splitMultiDates(row[dates] ?? null);
        for (const e of parsed.errors) warnings.push({ column: columnRef(header, dates), problem: e });
        return { kind, names: splitMulti(row[names] ?? null), dates: parsed.dates };
      }).filter((t) => t.names.length > 0 || t.dates.length > 0)
    : [];

  const schoolName = cellText(cell('school') ?? null);
  // What the card would refuse the import must not store: the same schema's limits, said per column.
  const stored: [ImportField, string, ZodText][] = [
    [separate ? 'lastName' : 'fio', draft.lastName, participantSchema.shape.lastName],
    [separate ? 'firstName' : 'fio', draft.firstName, participantSchema.shape.firstName],
    [separate ? 'middleName' : 'fio', draft.middleName, participantSchema.shape.middleName],
    ['contact', draft.contact, participantSchema.shape.contact],
    ['platformId', draft.platformId ?? '', participantSchema.shape.platformId],
    ['school', schoolName, schoolSchema.shape.fullName],
  ];
  for (const [field, value, schema] of stored) {
    // Empty names are already reported above; only a value that is there can break a limit.
    if (!value) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) continue;
    const coded = parseCodedMessage(parsed.error.issues[0]?.message ?? '');
    errors.push({
      column: col(field),
      problem: coded ? valueProblem(coded.code, coded.params) : valueProblem('participants.cellNotStored'),
    });
  }

  return {
    rowNumber,
    draft,
    schoolName,
    municipality: cellText(cell('municipality') ?? null),
    navigatorName: cellText(cell('navigator') ?? null),
    platformTrials,
    errors,
    warnings,
  };
}

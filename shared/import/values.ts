import type { IsoDate } from '../domain/common';
import type { Sex, VerificationStatus } from '../domain/participant';
import { excelSerialToIso, isValidDateParts, toIsoDate } from '../dates';
import { capitalizeName, parseFio, type FioParts } from '../text/fio';
import { cyrillicTwin } from '../text/lookalikes';
import { normalizeKey } from '../text/normalize';
import { cellText, isDateCell, type Cell } from './cells';
import { valueProblem, type ValueProblem } from './problems';

/**
 * Parsing tables for the values real files carry. Each parser returns `{ value }`, `{ error }` with the
 * reason as an error code, or `null` for an empty cell, so the preview can name the exact problem.
 */
export type Parsed<T> = { value: T } | { error: ValueProblem } | null;

export function isError<T>(p: Parsed<T>): p is { error: ValueProblem } {
  return p !== null && 'error' in p;
}

export interface ClassValue {
  grade: number;
  letter: string;
}

/** «8Б», «8 Б», «8-б», «8», «8 класс», «8 "Б"», 8 → grade and letter; grades outside 1–11 are refused. */
export function parseClass(cell: Cell | undefined): Parsed<ClassValue> {
  const text = cellText(cell ?? null);
  if (!text) return null;
  const cleaned = text
    .replace(/класс(а)?|кл\.?/giu, ' ')
    .replace(/[«»"'„“()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(\d{1,2})\s*[-–—/.]?\s*([A-Za-zА-Яа-яЁё]?)$/u.exec(cleaned);
  if (!m) return { error: valueProblem('participants.cellClassUnreadable', { text }) };
  const grade = Number(m[1]);
  if (grade < 1 || grade > 11) return { error: valueProblem('participants.cellGradeRange', { grade }) };
  const raw = (m[2] ?? '').toLocaleUpperCase('ru');
  const letter = cyrillicTwin(raw) ?? (raw === 'Ё' ? 'Е' : raw);
  if (letter && !/^[А-ЯЁ]$/u.test(letter))
    return { error: valueProblem('participants.cellClassLetterNotRussian', { text: m[2] }) };
  return { value: { grade, letter } };
}

/** A grade without a letter («класс (без буквы)»): a whole number 1–11. */
export function parseGrade(cell: Cell | undefined): Parsed<number> {
  const text = cellText(cell ?? null);
  if (!text) return null;
  const parsed = parseClass(text);
  if (parsed === null) return null;
  if ('error' in parsed) return parsed;
  return { value: parsed.value.grade };
}

/** A class letter on its own («буква класса»): one Russian letter. */
export function parseClassLetter(cell: Cell | undefined): Parsed<string> {
  const text = cellText(cell ?? null).replace(/[«»"'\s]/g, '');
  if (!text) return null;
  const upper = text.toLocaleUpperCase('ru');
  // A class letter typed on the wrong layout («8B» means «8В»): the look-alike rule of names, one table.
  const letter = cyrillicTwin(upper) ?? upper;
  if (!/^[А-ЯЁ]$/u.test(letter)) return { error: valueProblem('participants.cellLetterNotOne', { text }) };
  return { value: letter === 'Ё' ? 'Е' : letter };
}

const TEXT_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_TEXT_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/;

/**
 * A date as text ДД.ММ.ГГГГ (also with / or -, or ISO ГГГГ-ММ-ДД, a trailing time is ignored), as a real
 * spreadsheet date, or as an Excel serial number. Impossible dates (31.02) are an error, not a guess.
 */
export function parseDateCell(cell: Cell | undefined): Parsed<IsoDate> {
  if (cell === null || cell === undefined) return null;
  if (isDateCell(cell)) return { value: cell.date };
  if (typeof cell === 'number') {
    // Serials of plausible years (1900–2100) only: a bare year or a class number is not a date.
    if (cell >= 1 && cell <= 73051 && cell > 3000) {
      const iso = excelSerialToIso(cell);
      if (iso) return { value: iso };
    }
    return { error: valueProblem('participants.cellNotDate', { text: String(cell) }) };
  }
  const text = cellText(cell);
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text) && !text.includes('.')) return parseDateCell(Number(text));
  let m = TEXT_DATE.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDateParts(y, mo, d))
      return { error: valueProblem('participants.cellDateImpossible', { text }) };
    return { value: toIsoDate(y, mo, d) };
  }
  m = ISO_TEXT_DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDateParts(y, mo, d))
      return { error: valueProblem('participants.cellDateImpossible', { text }) };
    return { value: toIsoDate(y, mo, d) };
  }
  return { error: valueProblem('participants.cellDateUnreadable', { text }) };
}

/** A birth date: a date that is not in the future and not absurdly old. */
export function parseBirthDate(cell: Cell | undefined, today: IsoDate): Parsed<IsoDate> {
  const parsed = parseDateCell(cell);
  if (parsed === null || 'error' in parsed) return parsed;
  if (parsed.value > today)
    return { error: valueProblem('participants.cellBirthFuture', { date: ruDate(parsed.value) }) };
  if (parsed.value < '1940-01-01')
    return { error: valueProblem('participants.cellBirthTooOld', { date: ruDate(parsed.value) }) };
  return parsed;
}

function ruDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

// A Map for the same reason: a «Пол» cell reading «constructor» or «__proto__» is just an unknown word.
const SEX_WORDS: ReadonlyMap<string, Sex> = new Map<string, Sex>([
  ['м', 'M'],
  ['m', 'M'],
  ['муж', 'M'],
  ['муж.', 'M'],
  ['мужской', 'M'],
  ['мальчик', 'M'],
  ['ж', 'F'],
  ['f', 'F'],
  ['жен', 'F'],
  ['жен.', 'F'],
  ['женский', 'F'],
  ['девочка', 'F'],
]);

/** М/Ж, мужской/женский (any case). */
export function parseSex(cell: Cell | undefined): Parsed<Sex> {
  const text = normalizeKey(cellText(cell ?? null));
  if (!text) return null;
  const sex = SEX_WORDS.get(text);
  return sex
    ? { value: sex }
    : { error: valueProblem('participants.cellSex', { text: cellText(cell ?? null) }) };
}

const YES = new Set(['да', 'есть', 'имеется', '+', '1', 'true', 'yes', 'д']);
const NO = new Set(['нет', 'отсутствует', '-', '—', '0', 'false', 'no', 'н']);

/** да/нет (also есть/отсутствует, +/−, 1/0). */
export function parseYesNo(cell: Cell | undefined): Parsed<boolean> {
  const text = normalizeKey(cellText(cell ?? null));
  if (!text) return null;
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return { error: valueProblem('participants.cellYesNo', { text: cellText(cell ?? null) }) };
}

export function parseVerification(cell: Cell | undefined): Parsed<VerificationStatus> {
  const text = normalizeKey(cellText(cell ?? null));
  if (!text) return null;
  if (text.startsWith('не ') || text.startsWith('не-')) return { value: 'unverified' };
  if (text.startsWith('верифиц') || text === 'да') return { value: 'verified' };
  if (text === 'нет') return { value: 'unverified' };
  return { error: valueProblem('participants.cellVerification', { text: cellText(cell ?? null) }) };
}

/** ФИО in one cell: hyphenated surnames, missing patronymic, extra spaces, upper case. */
export function parseFioCell(cell: Cell | undefined): Parsed<FioParts> {
  const text = cellText(cell ?? null);
  if (!text) return null;
  if (/\d/.test(text)) return { error: valueProblem('participants.cellFioDigits', { text }) };
  const parts = parseFio(text.replace(/[,;]/g, ' '));
  if (!parts) return { error: valueProblem('participants.cellFioShort', { text }) };
  return { value: parts };
}

/** Comma-separated multi-values («Оператор лазерного станка, Оператор станков с ЧПУ»). */
export function splitMulti(cell: Cell | undefined): string[] {
  const text = cellText(cell ?? null);
  if (!text) return [];
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A multi-valued date cell: each date parsed; the ones that are not dates are reported. */
export function splitMultiDates(cell: Cell | undefined): { dates: IsoDate[]; errors: ValueProblem[] } {
  if (cell !== null && cell !== undefined && (typeof cell === 'number' || isDateCell(cell))) {
    const one = parseDateCell(cell);
    if (one && 'value' in one) return { dates: [one.value], errors: [] };
  }
  const dates: IsoDate[] = [];
  const errors: ValueProblem[] = [];
  for (const part of splitMulti(cell)) {
    const p = parseDateCell(part);
    if (p && 'value' in p) dates.push(p.value);
    else if (p) errors.push(p.error);
  }
  return { dates, errors };
}

/** A name part written by hand («ИВАНОВА-ПЕТРОВА», «  анна »): name case, spaces collapsed. */
export function cleanNamePart(cell: Cell | undefined): string {
  const text = cellText(cell ?? null);
  if (!text) return '';
  return text
    .split(' ')
    .map((w) => {
      const lower = w.toLocaleLowerCase('ru');
      if (PARTICLES.has(lower)) return lower;
      return w === w.toLocaleUpperCase('ru') || w === lower ? capitalizeName(w) : w;
    })
    .join(' ');
}

const PARTICLES = new Set(['оглы', 'кызы', 'угли', 'улы', 'уулу', 'кизи']);

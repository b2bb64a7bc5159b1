import type { IsoDate } from '../domain';
import { formatDate, isIsoDate, quarterLabel, quarterOf, quarterRange } from '../dates';

/**
 * The one pattern for every file the app offers to save: «<что> <период>.ext» — Russian words, dates as
 * ДД.ММ.ГГГГ, a range joined by an en dash («Квартальный отчёт 01.10.2026–31.12.2026.xlsx»), and a name Windows
 * accepts (no \ / : * ? " < > |, no control characters, no trailing dot or space, no reserved device name,
 * at most MAX_FILE_NAME characters with the extension).
 */

/**
 * What the saved documents are called, in one place. File names are part of the documents (the venue files and
 * sends them as Russian documents, like their sheets and headings), so they are Russian in either interface
 * language and live here, beside the pattern, rather than in the interface's locale files.
 */
export const DOCUMENT_NAMES = {
  quarterlyReport: 'Квартальный отчёт',
  participants: 'Участники',
  attendanceJournal: 'Журнал посещаемости',
  certificateJournal: 'Журнал сертификатов',
  certificateSample: 'Образец сертификата',
  certificate: 'Сертификат',
  certificates: 'Сертификаты',
  programPassport: 'Паспорт программы',
  schedule: 'Расписание',
} as const;

/** Well under Windows' 255 per name, so a long programme title still leaves room for the folder's path. */
export const MAX_FILE_NAME = 120;

/** A day, a range of days, or words that already name the period («IV квартал 2026», a group's name). */
export type FilePeriod = IsoDate | { from: IsoDate; to: IsoDate } | string;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function periodText(period: FilePeriod): string {
  if (typeof period !== 'string') {
    const quarter = quarterOf(period.from);
    const whole = quarterRange(quarter);
    // A calendar quarter reads as the report calls it: «IV квартал 2026».
    if (whole.from === period.from && whole.to === period.to) return quarterLabel(quarter);
    return period.from === period.to
      ? formatDate(period.from)
      : `${formatDate(period.from)}–${formatDate(period.to)}`;
  }
  return isIsoDate(period) ? formatDate(period) : period;
}

/** The part before the extension made safe: characters Windows refuses become spaces, spaces collapse. */
export function safeFileName(text: string, fallback = 'Документ'): string {
  let name = [...text]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    // «3D: печать?» → «3D печать», not «3D печать »: a removed sign leaves no space inside the quotes.
    .replace(/([«„(]) /g, '$1')
    .replace(/ ([»“)])/g, '$1')
    .trim()
    .replace(/[. ]+$/, '');
  if (!name) name = fallback;
  // «CON», «nul.txt»: device names Windows will not create as files, whatever the extension.
  if (RESERVED.test(name.split('.')[0]!.trim())) name = `_${name}`;
  return name;
}

/**
 * «<что> <период>.<ext>»: `what` in Russian («Участники», «Журнал сертификатов»), `period` optional, `ext`
 * without the dot; `note` a variant in brackets after the period («(CSV)», «(заполненный)»). A name too long is
 * cut inside `what`, keeping the period, the note and the extension whole.
 */
export function documentFileName(
  what: string,
  ext: string,
  period?: FilePeriod | null,
  note?: string,
): string {
  const periodPart = period ? safeFileName(periodText(period), '') : '';
  const notePart = note ? `(${safeFileName(note, '')})` : '';
  const suffix = [periodPart, notePart]
    .filter(Boolean)
    .map((s) => ` ${s}`)
    .join('');
  const dotExt = `.${ext.replace(/^\./, '')}`;
  const room = MAX_FILE_NAME - suffix.length - dotExt.length;
  let base = safeFileName(what);
  if (base.length > room) base = `${base.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
  return `${base}${suffix}${dotExt}`;
}

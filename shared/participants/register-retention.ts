import type { IsoDate } from '../domain';

/**
 * The certificate register after a pupil's anonymisation (docs/retention.md). The register is the venue's
 * record of the documents it issued: whoever holds a certificate may ask the venue to confirm it by its number,
 * and the federal platform's reports for the programme year cite them. That is the basis for keeping the full
 * name in the register for a stated term after the issue date; then the entry keeps the number and initials.
 */
export const CERTIFICATE_FULL_NAME_YEARS = 1;

/** The day from which the register entry of a certificate issued on `issuedOn` keeps only the initials. */
export function registerReductionDay(issuedOn: IsoDate): IsoDate {
  const year = Number(issuedOn.slice(0, 4)) + CERTIFICATE_FULL_NAME_YEARS;
  return `${year}${issuedOn.slice(4)}`;
}

/** «Иванова Анна Петровна» → «И. А. П.»; a name already reduced stays as it is. */
export function initialsOf(fio: string): string {
  return fio
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^\p{L}\.$/u.test(word) ? word : `${[...word][0]!.toLocaleUpperCase('ru')}.`))
    .join(' ');
}

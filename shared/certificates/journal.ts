import type { Certificate, CertificateStatus } from '../domain';
import { matchesQuery, normalizeKey } from '../text/normalize';

/** The school a certificate names, as the journal shows and filters it: the short name, else the full one. */
export function certificateSchool(c: Pick<Certificate, 'snapshot'>): string {
  return c.snapshot.schoolShortName || c.snapshot.schoolName;
}

export interface JournalFilters {
  query: string;
  from: string | null;
  to: string | null;
  programId: string | null;
  school: string | null;
  status: CertificateStatus | null;
}

export const NO_JOURNAL_FILTERS: JournalFilters = {
  query: '',
  from: null,
  to: null,
  programId: null,
  school: null,
  status: null,
};

/** The journal's filters: issue dates (inclusive), programme, school, status and a search by ФИО or number. */
export function filterJournal<T extends Certificate>(certificates: readonly T[], f: JournalFilters): T[] {
  const query = normalizeKey(f.query);
  return certificates.filter(
    (c) =>
      (!f.from || c.issuedOn >= f.from) &&
      (!f.to || c.issuedOn <= f.to) &&
      (!f.programId || c.programId === f.programId) &&
      (!f.school || certificateSchool(c) === f.school) &&
      (!f.status || c.status === f.status) &&
      (!query || matchesQuery(normalizeKey(`${c.snapshot.fio} ${c.number}`), query)),
  );
}

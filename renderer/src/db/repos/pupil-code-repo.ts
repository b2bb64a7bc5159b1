import { db as defaultDb, type ProfprobaDb } from '../index';
import { ensureSecret } from './certificate-repo';

/**
 * The venue secret pupils' QR codes are made with: the certificates' one, created here when a badge or a sheet
 * with codes is printed before any certificate was issued. One secret per venue (on its profile, so it syncs to
 * every PC), so a code printed today still resolves after certificates are issued, and a backup carries it.
 */
export async function ensurePupilCodeSecret(db: ProfprobaDb = defaultDb): Promise<string> {
  return db.transaction('rw', [db.settings, db.venue], () => ensureSecret(db));
}

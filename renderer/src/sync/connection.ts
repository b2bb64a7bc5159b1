import { RuleError } from '@shared/errors';
import { isMetaDoc, META_DOC_ID, metaDoc } from '@shared/sync/docs';

/**
 * The venue's server as this PC knows it (a per-PC setting; the password is kept apart, see `service.ts`).
 */
export interface SyncConfig {
  /** `https://server:6984` or `http://192.168.1.10:5984`: the CouchDB address, without a path or credentials. */
  url: string;
  database: string;
  user: string;
  enabled: boolean;
}

/** The address as the app uses it: scheme, host and port only. Credentials in it are refused (they would show). */
export function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new RuleError('sync.badAddress', {}, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RuleError('sync.badAddress', {}, 'url');
  if (url.username || url.password) throw new RuleError('sync.credentialsInAddress', {}, 'url');
  return url.origin;
}

/** CouchDB's rule for database names. */
export function checkDatabaseName(name: string): string {
  const trimmed = name.trim();
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(trimmed)) throw new RuleError('sync.badDatabaseName', {}, 'database');
  return trimmed;
}

export interface ServerCheck {
  /** Documents in the server's database (the meta document not counted). */
  docCount: number;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Tells what is wrong with the address when the page cannot read it: the browser hides the reason of a failed
 * request, so a second request without CORS (its answer unreadable, but it arrives) separates «the server
 * answers but does not allow this app's origin» from «nothing answers at this address, or its certificate is
 * not trusted».
 */
async function networkProblem(url: string): Promise<RuleError> {
  try {
    await fetch(`${url}/`, { mode: 'no-cors', credentials: 'omit' });
    return new RuleError('sync.cors', { url });
  } catch {
    return new RuleError(url.startsWith('https:') ? 'sync.unreachableHttps' : 'sync.unreachable', { url });
  }
}

/**
 * «Проверить соединение»: reaches the database with the user's password and checks that it is a ПрофПроба
 * database (or an empty one, which it then marks as one). Throws a RuleError naming what is wrong: the address,
 * CORS or the certificate, the password, a missing database, another application's database.
 */
export async function checkServer(
  remote: Pouch.Database,
  url: string,
  options: { markEmpty: boolean } = { markEmpty: false },
): Promise<ServerCheck> {
  let info: Pouch.Info & { error?: unknown };
  try {
    info = await remote.info();
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) throw new RuleError('sync.wrongPassword');
    if (status === 404) throw new RuleError('sync.noDatabase');
    if (status !== undefined && status >= 500) throw new RuleError('sync.serverError', { status });
    throw await networkProblem(url);
  }
  // PouchDB's info() hands CouchDB's error body back as it is instead of failing.
  if (info.error === 'unauthorized' || info.error === 'forbidden') throw new RuleError('sync.wrongPassword');
  if (info.error === 'not_found') throw new RuleError('sync.noDatabase');
  if (typeof info.doc_count !== 'number' || typeof info.db_name !== 'string') {
    throw new RuleError('sync.notCouchDb');
  }
  try {
    const meta = await remote.get(META_DOC_ID);
    if (!isMetaDoc(meta)) throw new RuleError('sync.notProfproba');
    return { docCount: info.doc_count - 1 };
  } catch (error) {
    if (error instanceof RuleError) throw error;
    if (statusOf(error) !== 404) throw new RuleError('sync.serverError', { status: statusOf(error) ?? 0 });
  }
  if (info.doc_count > 0) throw new RuleError('sync.notProfproba');
  if (options.markEmpty) await remote.put({ ...metaDoc() });
  return { docCount: 0 };
}

import { narrowingPolicy } from '@shared/csp';

/**
 * The page's `connect-src`, narrowed once at start to the venue's server. The static meta tag of the built page is
 * only an outer bound (any http(s) server: the web app cannot know the venue's server when it is built); a second
 * policy added before any network use intersects with it, so it can only tighten, and nothing can loosen it
 * again but a reload. In the desktop app the `app://` header narrows the same way (electron/app-protocol.ts).
 */
let narrowedTo: string | null | undefined;

export function narrowConnectSources(origin: string): void {
  if (narrowedTo !== undefined) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = narrowingPolicy(origin);
  document.head.append(meta);
  narrowedTo = origin;
}

/** The server this page may reach, once narrowed; undefined while the outer bound applies. */
export function connectNarrowedTo(): string | null | undefined {
  return narrowedTo;
}

/**
 * What the person typed in the sync form, kept across the reload that a new server costs (the page's policy names
 * only the server it started with): the address, database and user, never the password.
 */
const DRAFT_KEY = 'profproba.sync.draft';

export interface SyncDraft {
  url: string;
  database: string;
  user: string;
}

export function saveSyncDraft(draft: SyncDraft): void {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
}

export function clearSyncDraft(): void {
  sessionStorage.removeItem(DRAFT_KEY);
}

export function readSyncDraft(): SyncDraft | null {
  const raw = sessionStorage.getItem(DRAFT_KEY);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<SyncDraft>;
    if (typeof value.url !== 'string' || typeof value.database !== 'string' || typeof value.user !== 'string')
      return null;
    return { url: value.url, database: value.database, user: value.user };
  } catch {
    return null;
  }
}

export function hasSyncDraft(): boolean {
  return sessionStorage.getItem(DRAFT_KEY) !== null;
}

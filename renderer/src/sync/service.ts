import { RuleError } from '@shared/errors';
import { SYNCED_TABLES, type SyncedTable } from '@shared/sync/docs';
import { db as appDb, type ProfprobaDb } from '../db';
import { setCertificateNumberSource } from '../db/repos/certificate-repo';
import { reserveNumbers } from './certificate-numbers';
import { changeFeedOf, OUTBOX_PREFIX } from './change-feed';
import { checkDatabaseName, checkServer, normalizeServerUrl, type SyncConfig } from './connection';
import { APPLIED_SEQ_KEY, SyncEngine } from './engine';
import { loadPassword, storePassword, type KeyStore } from './password-store';

/**
 * The app's one sync session: the per-PC configuration, the engine, the live replication with the venue's
 * server and the status the header shows. The password is never stored in the database: in the web app it is
 * kept in memory for the session; the desktop app keeps it with Electron's safeStorage (see docs/sync.md).
 */

export const CONFIG_KEY = 'sync.config';

export type SyncPhase = 'off' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  /** When the last round with the server ended with everything sent and received. */
  lastSyncAt: string | null;
  /** Since when the server cannot be reached (null while it can). */
  offlineSince: string | null;
  /** Local changes not yet sent to the server. */
  unsent: number;
  /** The last error, as a code (wrong password, replication refused…). */
  error: RuleError | null;
}

export interface FirstConnectionPreview {
  server: number;
  local: number;
  /** Records of the main tables on this PC, for the preview. */
  localByTable: Partial<Record<SyncedTable, number>>;
  serverByTable: Partial<Record<SyncedTable, number>>;
}

export type FirstConnectionChoice = 'take' | 'merge';

/**
 * What a restore does to sync (asked only while sync is on): `push` sends the restored records to the server
 * as their newest versions (nothing is deleted there: records the backup lacks stay and come back to this PC);
 * `off` turns sync off on this PC, so the restored data stays here until a person turns it on again.
 */
export type RestoreSyncChoice = 'push' | 'off';

const PREVIEW_TABLES: SyncedTable[] = ['participants', 'groups', 'sessions', 'attendance', 'certificates'];

const HEARTBEAT_MS = 3000;

const OFF: SyncStatus = { phase: 'off', lastSyncAt: null, offlineSince: null, unsent: 0, error: null };

export interface PouchFactory {
  local(name: string): Pouch.Database;
  remote(url: string, auth: { username: string; password: string }): Pouch.Database;
  /**
   * Lets the server's origin through the desktop shell's network lock (null: closed again); awaited before any
   * request to the server. Absent in the web app and the tests.
   */
  allowServer?(origin: string | null): Promise<void>;
}

export class SyncService {
  private status: SyncStatus = OFF;
  private readonly listeners = new Set<() => void>();
  private engine: SyncEngine | null = null;
  private replication: Pouch.Replication | null = null;
  private password: string | null = null;
  private stopEngineListener: (() => void) | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly pouch: PouchFactory,
    private readonly db: ProfprobaDb = appDb,
    /** Electron safeStorage in the desktop app (the password survives a restart); none in the web app. */
    private readonly keys: KeyStore = {},
  ) {}

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l();
  }

  async config(): Promise<SyncConfig | null> {
    const row = await this.db.settings.get(CONFIG_KEY);
    return (row?.value as SyncConfig | undefined) ?? null;
  }

  hasPassword(): boolean {
    return this.password !== null;
  }

  private async remote(config: SyncConfig, password: string): Promise<Pouch.Database> {
    await this.pouch.allowServer?.(new URL(config.url).origin);
    return this.pouch.remote(`${config.url}/${config.database}`, { username: config.user, password });
  }

  private clean(config: SyncConfig): SyncConfig {
    if (!config.user.trim()) throw new RuleError('sync.userRequired', {}, 'user');
    return {
      url: normalizeServerUrl(config.url),
      database: checkDatabaseName(config.database),
      user: config.user.trim(),
      enabled: config.enabled,
    };
  }

  /** «Проверить соединение»: throws a RuleError naming the problem; returns the server's document count. */
  async check(config: SyncConfig, password: string): Promise<number> {
    const clean = this.clean(config);
    return (await checkServer(await this.remote(clean, password), clean.url)).docCount;
  }

  /** The counts a person sees before the first connection of this PC: the server's and this PC's. */
  async preview(config: SyncConfig, password: string): Promise<FirstConnectionPreview> {
    const clean = this.clean(config);
    const remote = await this.remote(clean, password);
    const { docCount } = await checkServer(remote, clean.url);
    const serverByTable: FirstConnectionPreview['serverByTable'] = {};
    const localByTable: FirstConnectionPreview['localByTable'] = {};
    for (const table of PREVIEW_TABLES) {
      const rows = await remote.allDocs({ startkey: `${table}:`, endkey: `${table}:\ufff0` });
      serverByTable[table] = rows.rows.length;
      localByTable[table] = await this.db.table(table).count();
    }
    const counts = await Promise.all(SYNCED_TABLES.map((t) => this.db.table(t).count()));
    return { server: docCount, local: counts.reduce((a, b) => a + b, 0), serverByTable, localByTable };
  }

  /**
   * Turns sync on for the first time on this PC. `take`: this PC's records are replaced by the server's (for a
   * PC with an empty database, or one whose data is to be dropped); `merge`: this PC's records are sent to the
   * server and the server's received.
   */
  async enable(config: SyncConfig, password: string, choice: FirstConnectionChoice): Promise<void> {
    const clean = { ...this.clean(config), enabled: true };
    const remote = await this.remote(clean, password);
    await checkServer(remote, clean.url, { markEmpty: true });
    await this.stop();
    let local = this.pouch.local(localName(clean));
    if (choice === 'take') {
      // The server's whole copy first, then this PC's records are dropped and the copy applied: the PC is
      // never left empty while the copy is on its way.
      await local.destroy();
      local = this.pouch.local(localName(clean));
      await local.replicate.from(remote, { batch_size: 500 });
      await this.dropLocal();
    }
    await this.db.settings.put({ key: CONFIG_KEY, value: clean });
    this.password = password;
    await storePassword(this.keys, this.db, password);
    const engine = this.startEngine(local);
    if (choice === 'merge') await engine.mirrorAll();
    this.startReplication(local, remote, clean.url);
  }

  /** After a restart: resumes sync when it is on and the password is known for this session. */
  async resume(password?: string): Promise<boolean> {
    const config = await this.config();
    if (!config?.enabled) return false;
    if (password !== undefined) this.password = password;
    this.password ??= await loadPassword(this.keys, this.db);
    if (this.password === null) {
      this.set({ phase: 'error', error: new RuleError('sync.passwordNeeded') });
      return false;
    }
    await this.stop();
    const local = this.pouch.local(localName(config));
    const engine = this.startEngine(local);
    // Writes made while sync was not running (the app closed before they were mirrored, or started without
    // the password) are found by comparing every record with its document; unchanged ones are skipped.
    await engine.mirrorAll();
    this.startReplication(local, await this.remote(config, this.password), config.url);
    return true;
  }

  /** Whether sync is on on this PC (the restore dialog asks what to do with sync only then). */
  async isEnabled(): Promise<boolean> {
    return (await this.config())?.enabled === true;
  }

  /**
   * Runs a restore (`replace` clears every table and writes the backup's records) with sync paused: the
   * clears must never reach the local mirror, or they would replicate as deletions to every PC of the venue.
   * This PC's sync settings survive the restore (a backup's `sync.*` rows are another PC's, or an older
   * state of this one). When `replace` fails the database is unchanged and sync resumes as it was.
   */
  async aroundRestore(replace: () => Promise<void>, choice: RestoreSyncChoice): Promise<void> {
    const config = await this.config();
    const kept = await this.db.settings.where('key').startsWith('sync.').toArray();
    await this.stop();
    let replaced = false;
    try {
      await replace();
      replaced = true;
    } finally {
      await this.db.transaction('rw', this.db.settings, async () => {
        await this.db.settings.where('key').startsWith('sync.').delete();
        await this.db.settings.bulkPut(kept);
      });
      if (config?.enabled) {
        if (!replaced) await this.resume();
        else if (choice === 'off') await this.disable();
        else await this.pushRestored(config);
      }
    }
  }

  /**
   * The restored records go into the local mirror first (as new revisions, so they are the newest on the
   * server), and only then is the mirror applied from its start: the records the backup lacks come back
   * from it, the restored ones are equal and skipped. Applying first would put the mirror's older values over
   * the restored ones.
   */
  private async pushRestored(config: SyncConfig): Promise<void> {
    const engine = new SyncEngine(this.db, this.pouch.local(localName(config)));
    await engine.mirrorAll();
    await this.db.settings.delete(APPLIED_SEQ_KEY);
    await this.resume();
  }

  /** Turns sync off on this PC (the data stays; the local mirror stays for a later resume). */
  async disable(): Promise<void> {
    const config = await this.config();
    if (config) await this.db.settings.put({ key: CONFIG_KEY, value: { ...config, enabled: false } });
    await this.stop();
    await this.pouch.allowServer?.(null);
    this.set(OFF);
  }

  async stop(): Promise<void> {
    setCertificateNumberSource(this.db, null);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.replication?.cancel();
    this.replication = null;
    this.stopEngineListener?.();
    this.stopEngineListener = null;
    if (this.engine) {
      this.engine.stop();
      await this.engine.idle();
      this.engine = null;
    }
  }

  /** Resolves when every local change is in the local mirror and every received document applied. */
  async idle(): Promise<void> {
    await this.engine?.idle();
  }

  /**
   * This PC's synced records are removed (not as deletions to send: the server keeps its data), and so are the
   * deletions it noted and never sent. The venue's
   * profile stays until the server's replaces it (the same record id on every PC), so the app never falls back
   * to its first-run screen.
   */
  private async dropLocal(): Promise<void> {
    const feed = changeFeedOf(this.db);
    await this.db.transaction(
      'rw',
      [...SYNCED_TABLES.map((t) => this.db.table(t)), this.db.settings],
      async (tx) => {
        feed?.applying(tx.idbtrans);
        for (const t of SYNCED_TABLES) if (t !== 'venue') await this.db.table(t).clear();
        await this.db.settings.delete(APPLIED_SEQ_KEY);
        // Deletions this PC noted and never sent are dropped with its data.
        await this.db.settings.where('key').startsWith(OUTBOX_PREFIX).delete();
      },
    );
  }

  private startEngine(local: Pouch.Database): SyncEngine {
    const engine = new SyncEngine(this.db, local);
    this.engine = engine;
    this.stopEngineListener = engine.onChange(() => this.set({ unsent: engine.stats.unsent }));
    engine.start();
    return engine;
  }

  private startReplication(local: Pouch.Database, remote: Pouch.Database, url: string): void {
    // Certificate numbers are taken on the server while sync is on (shared/sync/certificate-counter.ts).
    setCertificateNumberSource(this.db, (year, count, known) =>
      reserveNumbers(remote, url, year, count, known),
    );
    this.set({ phase: 'connecting', error: null, unsent: this.engine?.stats.unsent ?? 0 });
    this.replicate(local, remote);
    // PouchDB reports a lost server only while it is transferring; an idle live replication just waits. A
    // light request every few seconds tells the header the truth either way, and when the server is back
    // the replication starts again from its checkpoints (it resumes where it stopped).
    this.heartbeat = setInterval(() => {
      remote.info().then(
        () => {
          if (this.status.phase !== 'offline') return;
          this.set({ phase: 'syncing', offlineSince: null });
          this.replicate(local, remote);
        },
        () => {
          if (this.status.phase === 'error') return;
          this.set({ phase: 'offline', offlineSince: this.status.offlineSince ?? new Date().toISOString() });
        },
      );
    }, HEARTBEAT_MS);
  }

  private replicate(local: Pouch.Database, remote: Pouch.Database): void {
    this.replication?.cancel();
    const replication = local.sync(remote, {
      live: true,
      retry: true,
      batch_size: 500,
      // Tries again after 1, 2, 4… up to 10 seconds when the server cannot be reached.
      back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 10_000)),
    });
    this.replication = replication;
    const current = () => this.replication === replication;
    replication.on('change', (info) => {
      if (info.direction === 'push') this.engine?.markSent((info.change.docs ?? []).map((d) => d._id));
    });
    replication.on('active', () => {
      if (current()) this.set({ phase: 'syncing', offlineSince: null });
    });
    replication.on('paused', (error) => {
      if (!current()) return;
      if (error) {
        this.set({ phase: 'offline', offlineSince: this.status.offlineSince ?? new Date().toISOString() });
      } else {
        this.set({ phase: 'synced', lastSyncAt: new Date().toISOString(), offlineSince: null });
      }
    });
    replication.on('denied', () => this.set({ phase: 'error', error: new RuleError('sync.denied') }));
    replication.on('error', (error) => {
      if (!current()) return;
      const status = (error as { status?: number } | null)?.status;
      this.set({
        phase: 'error',
        error: new RuleError(
          status === 401 || status === 403 ? 'sync.wrongPassword' : 'sync.replicationFailed',
        ),
      });
    });
  }
}

/** The local mirror's name: one per server database, so another server never mixes with it. */
export function localName(config: SyncConfig): string {
  return `profproba-sync-${config.url.replace(/[^a-z0-9]+/gi, '_')}-${config.database}`;
}

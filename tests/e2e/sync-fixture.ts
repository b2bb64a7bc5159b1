import { expect, test } from '@playwright/test';
import { createSyncServer, type SyncServer } from '../sync-server/server';

// The in-process CouchDB-compatible server the sync specs share: one per spec file and worker, on ports of
// its own so that spec files (and, with fullyParallel, the workers of one file) can run at once.

const appPort = Number(process.env.E2E_PORT ?? 4318);
/** The web app's origin: the only one the server's CORS admits, as a venue's CouchDB admits the app's. */
export const APP_ORIGIN = `http://127.0.0.1:${appPort}`;
/** One CouchDB user per PC, as docs/couchdb-setup.md has the venue create them. */
export const SYNC_USERS = { office: 'офис-пароль', lab: 'лаб-пароль' } as const;

export interface SyncServerFixture {
  /** The running server (started before the file's tests, stopped after; a test may stop and start it). */
  readonly server: SyncServer;
  readonly port: number;
  /** Creates an empty database on the server, as the venue's IT person does once. */
  createDatabase(name: string): Promise<void>;
}

/**
 * Starts a server for this spec file at the app's port + `offset` (+ `stride` per parallel worker: a spec that
 * also needs an address nobody answers on takes a stride of 2 and uses the port after its server's).
 */
export function useSyncServer(offset: number, stride = 1): SyncServerFixture {
  const port = appPort + offset + stride * Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  let server: SyncServer | null = null;
  test.beforeAll(async () => {
    server = createSyncServer({ port, users: { ...SYNC_USERS }, origins: [APP_ORIGIN] });
    await server.start();
  });
  test.afterAll(async () => server?.stop());
  const fixture: SyncServerFixture = {
    get server() {
      if (!server) throw new Error('the sync server starts in beforeAll');
      return server;
    },
    port,
    async createDatabase(name) {
      const auth = 'Basic ' + Buffer.from(`office:${SYNC_USERS.office}`, 'utf8').toString('base64');
      const res = await fetch(`${fixture.server.url}/${name}`, {
        method: 'PUT',
        headers: { authorization: auth },
      });
      expect(res.status).toBe(201);
    },
  };
  return fixture;
}

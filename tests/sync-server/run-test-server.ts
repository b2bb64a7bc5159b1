import { afterAll, beforeAll } from 'vitest';
import { PC_USERS } from '../../renderer/src/sync/testing/two-pcs';
import { createSyncServer, type SyncServer } from './server';

/**
 * The in-process CouchDB-compatible server on `port` with the two PCs' users, running while a Vitest file
 * runs; the sync services a test puts in `services` are stopped before the server.
 */
export function runTestServer(port: number): { server: SyncServer; services: { stop(): Promise<void> }[] } {
  const server = createSyncServer({ port, users: { ...PC_USERS }, origins: [] });
  const services: { stop(): Promise<void> }[] = [];
  beforeAll(() => server.start());
  afterAll(async () => {
    for (const s of services) await s.stop();
    await server.stop();
  });
  return { server, services };
}

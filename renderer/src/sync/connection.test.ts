import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RuleError } from '@shared/errors';
import { createSyncServer } from '../../../tests/sync-server/server';
import { freshDbFactory } from '../db/testing/test-db';
import { attachChangeFeed } from './change-feed';
import { SyncService, type PouchFactory } from './service';
import { MemoryPouch as Pouch } from './testing/memory-pouch';
import ru from '../features/sync/locales/ru.json';
import { testMentor } from './testing/two-pcs';

/**
 * «Проверить соединение» against the in-process server: each problem a person can meet gets its own code, and
 * each code has Russian words. CORS is the browser's rule and Vitest runs in Node, which does not enforce it:
 * there the page's request is refused the way a browser refuses it (a `TypeError` with no status, the server
 * never answering the page) while the server is up, and the classifier must name CORS. A certificate the PC
 * does not trust fails the same way as a TLS handshake that cannot complete: the test calls the server with
 * https:// on its plain-HTTP port.
 */

const PORT = 4421;
const server = createSyncServer({ port: PORT, users: { pc1: 'one' }, origins: [] });
const freshDb = freshDbFactory('sync-connection');
const services: SyncService[] = [];
/** Something at an address that answers HTTP but is not CouchDB (a web page). */
let notCouch: Server;
const NOT_COUCH_PORT = 4422;
/** No server listens here. */
const NOBODY = 'http://127.0.0.1:4423';

beforeAll(async () => {
  await server.start();
  notCouch = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ page: 'home' }));
  });
  await new Promise<void>((resolve) => notCouch.listen(NOT_COUCH_PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const s of services) await s.stop();
  await server.stop();
  await new Promise((resolve) => notCouch.close(resolve));
});

const remote = (url: string, auth: { username: string; password: string }) =>
  new Pouch(url, { adapter: 'http', skip_setup: true, auth });

let counter = 0;
function service(factory: Partial<PouchFactory> = {}) {
  counter += 1;
  const db = freshDb();
  attachChangeFeed(db);
  const s = new SyncService(
    {
      local: (name) => new Pouch(`connection-${counter}-${Date.now()}-${name}`, { adapter: 'memory' }),
      remote,
      ...factory,
    },
    db,
  );
  services.push(s);
  return { service: s, db };
}

async function newServerDb(docs: object[] = []): Promise<string> {
  const name = `venue-${Date.now()}-${counter++}`;
  const auth = 'Basic ' + Buffer.from('pc1:one').toString('base64');
  await fetch(`${server.url}/${name}`, { method: 'PUT', headers: { authorization: auth } });
  for (const doc of docs) {
    await fetch(`${server.url}/${name}`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    });
  }
  return name;
}

const config = (url: string, database: string) => ({ url, database, user: 'pc1', enabled: true });

/** The code «Проверить соединение» fails with, checked to have Russian words. */
async function failure(check: Promise<unknown>): Promise<{ code: string; params: object }> {
  const error = await check.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleError);
  const { code, params } = error as RuleError;
  const key = code.replace(/^sync\./, '');
  expect((ru.errors as Record<string, string>)[key], code).toMatch(/[а-яё]/i);
  return { code, params: params ?? {} };
}

const mentor = (id: string) => testMentor(id, 'Петрова');

describe('«Проверить соединение»', () => {
  it('a ПрофПроба database (or an empty one) passes', async () => {
    const { service: s } = service();
    expect(await s.check(config(server.url, await newServerDb()), 'one')).toBe(0);
  });

  it('a wrong address: nothing answers there', async () => {
    const { service: s } = service();
    expect(await failure(s.check(config(NOBODY, await newServerDb()), 'one'))).toEqual({
      code: 'sync.unreachable',
      params: { url: NOBODY },
    });
  });

  it('an address that is not a server address at all', async () => {
    const { service: s } = service();
    expect((await failure(s.check(config('server:5984', 'venue'), 'one'))).code).toBe('sync.badAddress');
  });

  it('a wrong password', async () => {
    const { service: s } = service();
    expect((await failure(s.check(config(server.url, await newServerDb()), 'wrong'))).code).toBe(
      'sync.wrongPassword',
    );
  });

  it('a database that does not exist', async () => {
    const { service: s } = service();
    expect((await failure(s.check(config(server.url, 'no-such-db'), 'one'))).code).toBe('sync.noDatabase');
  });

  it('a database of another application', async () => {
    const { service: s } = service();
    const database = await newServerDb([{ _id: 'invoice:1', total: 100 }]);
    expect((await failure(s.check(config(server.url, database), 'one'))).code).toBe('sync.notProfproba');
  });

  it('an address where something other than CouchDB answers', async () => {
    const { service: s } = service();
    const url = `http://127.0.0.1:${NOT_COUCH_PORT}`;
    expect((await failure(s.check(config(url, 'venue'), 'one'))).code).toBe('sync.notCouchDb');
  });

  it('CORS refused: the server is up but the page may not read it', async () => {
    // What a browser does when the server's answer lacks this origin in Access-Control-Allow-Origin.
    const refusedByBrowser = () => Promise.reject(new TypeError('Failed to fetch'));
    const { service: s } = service({
      remote: (url, auth) =>
        new Pouch(url, { adapter: 'http', skip_setup: true, auth, fetch: refusedByBrowser }),
    });
    expect(await failure(s.check(config(server.url, await newServerDb()), 'one'))).toEqual({
      code: 'sync.cors',
      params: { url: server.url },
    });
  });

  it('a certificate this PC does not accept (the TLS connection fails)', async () => {
    const { service: s } = service();
    const url = `https://127.0.0.1:${PORT}`;
    expect(await failure(s.check(config(url, await newServerDb()), 'one'))).toEqual({
      code: 'sync.unreachableHttps',
      params: { url },
    });
  });

  it('the server vanishes mid-replication: «нет связи», then it resumes and catches up', async () => {
    const { service: s, db } = service();
    const database = await newServerDb();
    await s.enable(config(server.url, database), 'one', 'merge');
    await vi.waitFor(() => expect(s.getStatus().phase).toBe('synced'), { timeout: 10_000 });
    await server.stop();
    await db.mentors.add(mentor('m1'));
    await vi.waitFor(
      () => {
        expect(s.getStatus().phase).toBe('offline');
        expect(s.getStatus().offlineSince).not.toBeNull();
      },
      { timeout: 15_000 },
    );
    expect(s.getStatus().unsent).toBe(1);
    await server.start();
    await vi.waitFor(
      async () => {
        expect(s.getStatus()).toMatchObject({ phase: 'synced', offlineSince: null, unsent: 0 });
        const doc = await remote(`${server.url}/${database}`, { username: 'pc1', password: 'one' }).get(
          'mentors:m1',
        );
        expect(doc._id).toBe('mentors:m1');
      },
      { timeout: 20_000 },
    );
  }, 60_000);
});

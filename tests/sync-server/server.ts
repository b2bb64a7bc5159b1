import express from 'express';
import expressPouchDB from 'express-pouchdb';
import { MemoryPouch } from '../../renderer/src/sync/testing/memory-pouch';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A CouchDB-compatible server for the sync tests, in-process and in memory: `express-pouchdb` (the HTTP layer of
 * PouchDB Server, which speaks CouchDB's replication protocol) on `pouchdb-adapter-memory`. CouchDB itself is not
 * installable on the build machines. In front of it, what a venue's CouchDB 3 is configured to do
 * (docs/couchdb-setup.md): Basic authentication of one user per PC, and CORS for exactly the app's origins with
 * credentials. The data outlives `stop()`, so a test can take the server away and bring it back.
 */

export interface SyncServerOptions {
  port: number;
  /** user → password */
  users: Record<string, string>;
  /** The origins allowed to call it from a page (the web app's own origin in the tests). */
  origins: readonly string[];
}

export interface SyncServer {
  url: string;
  /** The PouchDB class of the server's data (memory), for tests that look at it directly. */
  PouchDB: Pouch.Static;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createSyncServer(options: SyncServerOptions): SyncServer {
  const prefix = `sync-test-${options.port}-${Date.now()}-`;
  const ServerPouch: Pouch.Static = MemoryPouch.defaults({ adapter: 'memory', prefix });
  const app = express();
  app.use((req, res, next) => {
    // SYNC_TRACE=1 prints every request with its duration: where a sync figure's time goes on the server's side.
    if (process.env.SYNC_TRACE) {
      const t0 = performance.now();
      res.on('finish', () => {
        const ms = Math.round(performance.now() - t0);
        console.log(
          `${Math.round(t0)} ${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode} ${ms} ms`,
        );
      });
    }
    const origin = req.headers.origin;
    if (origin && options.origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
      res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    const header = req.headers.authorization ?? '';
    const [scheme, encoded] = header.split(' ');
    const [user, ...rest] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(':');
    if (scheme !== 'Basic' || !user || options.users[user] !== rest.join(':')) {
      res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
      return;
    }
    next();
  });
  app.use(
    expressPouchDB(ServerPouch, {
      mode: 'minimumForPouchDB',
      inMemoryConfig: true,
      logPath: '/dev/null',
    }),
  );

  let server: Server | null = null;
  const sockets = new Set<Socket>();
  return {
    url: `http://127.0.0.1:${options.port}`,
    PouchDB: ServerPouch,
    start() {
      return new Promise((resolve, reject) => {
        const s = app.listen(options.port, '127.0.0.1', () => resolve());
        s.on('error', reject);
        s.on('connection', (socket: Socket) => {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
        });
        server = s;
      });
    },
    stop() {
      return new Promise((resolve) => {
        if (!server) return resolve();
        // Live replication holds long-polling connections open: cut them, as a server that goes away does.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
        server = null;
      });
    },
  };
}

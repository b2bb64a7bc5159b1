import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

/** PouchDB in the app's page: the local mirror in IndexedDB, the venue's server over HTTP(S), replication. */
export const BrowserPouch: Pouch.Static = PouchDB.plugin(idb).plugin(http).plugin(replication);

import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

/**
 * PouchDB for Node-side tests: in memory, with the HTTP adapter and replication. `plugin()` changes the one
 * PouchDB class of the process and refuses to add replication twice, so every test and the in-process server
 * take it from here.
 */
export const MemoryPouch: Pouch.Static = PouchDB.plugin(memory).plugin(http).plugin(replication);

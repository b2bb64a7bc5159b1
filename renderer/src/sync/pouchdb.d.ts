/**
 * The part of PouchDB 9's API the sync module and its tests use. The DefinitelyTyped packages
 * (@types/pouchdb-*) are not used: they pull in `lib dom` and `debug` typings that change how Node's Buffer
 * type-checks across the project's node-side tests.
 */
declare namespace Pouch {
  interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }

  interface WriteResult {
    ok?: boolean;
    id: string;
    rev: string;
    error?: string | boolean;
    status?: number;
    name?: string;
    message?: string;
  }

  interface AllDocsRow {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: Doc | null;
    error?: string;
  }

  interface AllDocsResult {
    total_rows: number;
    offset: number;
    rows: AllDocsRow[];
  }

  interface Change {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
    deleted?: boolean;
    doc?: Doc;
  }

  interface ChangesResult {
    results: Change[];
    last_seq: number | string;
  }

  interface ChangesOptions {
    since?: number | string | 'now';
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
    live?: boolean;
    style?: 'main_only' | 'all_docs';
    return_docs?: boolean;
  }

  interface ChangesFeed extends PromiseLike<ChangesResult> {
    on(event: 'change', listener: (change: Change) => void): ChangesFeed;
    on(event: 'complete', listener: (result: ChangesResult) => void): ChangesFeed;
    on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
    cancel(): void;
  }

  interface ReplicationInfo {
    doc_write_failures?: number;
    docs_read?: number;
    docs_written?: number;
    last_seq?: number | string;
    pending?: number;
    docs?: Doc[];
  }

  interface SyncChange {
    direction: 'push' | 'pull';
    change: ReplicationInfo;
  }

  interface ReplicationOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    batches_limit?: number;
    back_off_function?: (delay: number) => number;
    checkpoint?: false | 'source' | 'target';
  }

  interface Replication extends PromiseLike<ReplicationInfo> {
    on(event: 'change', listener: (info: SyncChange & ReplicationInfo) => void): Replication;
    on(event: 'paused', listener: (error?: unknown) => void): Replication;
    on(event: 'active', listener: () => void): Replication;
    on(event: 'denied' | 'error', listener: (error: unknown) => void): Replication;
    on(event: 'complete', listener: (info: unknown) => void): Replication;
    cancel(): void;
  }

  interface Info {
    db_name: string;
    doc_count: number;
    update_seq: number | string;
  }

  interface GetOptions {
    rev?: string;
    conflicts?: boolean;
  }

  interface Database {
    name: string;
    info(): Promise<Info>;
    get(id: string, options?: GetOptions): Promise<Doc>;
    put(doc: Doc): Promise<WriteResult>;
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
    allDocs(options?: {
      keys?: string[];
      include_docs?: boolean;
      conflicts?: boolean;
      limit?: number;
      skip?: number;
      startkey?: string;
      endkey?: string;
    }): Promise<AllDocsResult>;
    changes(options: ChangesOptions): ChangesFeed;
    sync(remote: Database, options?: ReplicationOptions): Replication;
    replicate: {
      to(target: Database, options?: ReplicationOptions): Replication;
      from(source: Database, options?: ReplicationOptions): Replication;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }

  interface DatabaseOptions {
    adapter?: string;
    prefix?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
    revs_limit?: number;
    auto_compaction?: boolean;
  }

  interface Static {
    new (name: string, options?: DatabaseOptions): Database;
    plugin(plugin: unknown): Static;
    defaults(options: DatabaseOptions): Static;
  }
}

declare module 'pouchdb-core' {
  const PouchDB: Pouch.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}

// express@4 and express-pouchdb ship no types; the test server uses only this much of them.
declare module 'express' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  interface Response extends ServerResponse {
    status(code: number): Response;
    json(body: unknown): void;
  }
  type Handler = (req: IncomingMessage, res: Response, next: () => void) => void;
  interface Application {
    (req: IncomingMessage, res: ServerResponse): void;
    use(handler: Handler | ((req: IncomingMessage, res: ServerResponse) => void)): void;
    listen(port: number, host: string, callback: () => void): Server;
  }
  export default function express(): Application;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function expressPouchDB(
    PouchDB: unknown,
    options: { mode: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig: boolean; logPath: string },
  ): (req: IncomingMessage, res: ServerResponse) => void;
}

import { platform } from '../platform';
import { BrowserPouch } from './browser-pouch';
import { SyncService } from './service';

/** The app's sync session (one per window). */
export const appSync = new SyncService(
  {
    local: (name) => new BrowserPouch(name, { adapter: 'idb', auto_compaction: true }),
    remote: (url, auth) => new BrowserPouch(url, { adapter: 'http', skip_setup: true, auth }),
    allowServer: async (origin) => platform.setSyncServer?.(origin),
  },
  undefined,
  platform,
);

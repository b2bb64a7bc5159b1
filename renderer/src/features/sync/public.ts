// What the shell and Настройки use of sync: the header badge and the settings panel.
export { SyncBadge } from './sync-badge';
export { SyncPanel } from './sync-panel';
export { askRestoreSync } from './restore-question';
export { hasSyncDraft } from './connect-policy';

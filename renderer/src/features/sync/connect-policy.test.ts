// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearSyncDraft,
  connectNarrowedTo,
  hasSyncDraft,
  narrowConnectSources,
  readSyncDraft,
  saveSyncDraft,
} from './connect-policy';

const policies = () =>
  [...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) =>
    m.getAttribute('content'),
  );

describe('the web app’s connect-src narrowing', () => {
  it('adds one policy naming exactly the stored server, once; a later call cannot change it', () => {
    expect(connectNarrowedTo()).toBeUndefined();
    narrowConnectSources('https://couch.venue:6984');
    expect(policies()).toEqual(["connect-src 'self' data: blob: https://couch.venue:6984"]);
    expect(connectNarrowedTo()).toBe('https://couch.venue:6984');
    narrowConnectSources('https://evil.example');
    expect(policies()).toEqual(["connect-src 'self' data: blob: https://couch.venue:6984"]);
  });
});

describe('the sync form’s draft across a reload', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the address, database and user, never a password', () => {
    expect(readSyncDraft()).toBeNull();
    saveSyncDraft({ url: 'https://couch.venue:6984', database: 'venue', user: 'lab' });
    expect(hasSyncDraft()).toBe(true);
    expect(readSyncDraft()).toEqual({ url: 'https://couch.venue:6984', database: 'venue', user: 'lab' });
    expect(JSON.stringify(sessionStorage)).not.toMatch(/password/i);
    clearSyncDraft();
    expect(hasSyncDraft()).toBe(false);
  });

  it('ignores a damaged draft', () => {
    sessionStorage.setItem('profproba.sync.draft', '{not json');
    expect(readSyncDraft()).toBeNull();
    sessionStorage.setItem('profproba.sync.draft', JSON.stringify({ url: 1 }));
    expect(readSyncDraft()).toBeNull();
  });
});

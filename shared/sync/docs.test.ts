import { describe, expect, it } from 'vitest';
import {
  docIdOf,
  isMetaDoc,
  isSyncedTable,
  metaDoc,
  parseDocId,
  recordOf,
  sameRecord,
  SYNCED_TABLES,
  toDoc,
} from './docs';

describe('sync documents', () => {
  it('keys a record as <table>:<id> and reads it back, ids with colons included', () => {
    expect(docIdOf('attendance', 's1:p1')).toBe('attendance:s1:p1');
    expect(parseDocId('attendance:s1:p1')).toEqual({ table: 'attendance', id: 's1:p1' });
    expect(parseDocId('profproba:meta')).toBeNull();
    expect(parseDocId('settings:deviceId')).toBeNull();
    // Schema v5 retired `platformTrials` (a document per platform record) for `platformExportParts`.
    expect(parseDocId('platformTrials:t1')).toBeNull();
    expect(parseDocId('platformExportParts:x1')).toEqual({ table: 'platformExportParts', id: 'x1' });
    expect(parseDocId('participants:')).toBeNull();
  });

  it('leaves the per-PC tables out', () => {
    for (const table of ['settings', 'certificateCounters', 'conflicts']) {
      expect(isSyncedTable(table)).toBe(false);
    }
    expect(SYNCED_TABLES).toContain('journal');
  });

  it('carries the record whole and refuses a document whose data does not belong to its id', () => {
    const record = { id: 'p1', lastName: 'Иванова', grade: 8, tags: ['a'] };
    const doc = toDoc('participants', record);
    expect(doc).toEqual({ _id: 'participants:p1', table: 'participants', data: record });
    expect(recordOf(JSON.parse(JSON.stringify(doc)))).toEqual(record);
    expect(recordOf({ _id: 'participants:p2', table: 'participants', data: record })).toBeNull();
    expect(recordOf({ _id: 'participants:p1', table: 'groups', data: record })).toBeNull();
    expect(recordOf({ _id: 'participants:p1', table: 'participants', data: [record] })).toBeNull();
    expect(recordOf({ _id: 'foo:p1', table: 'foo', data: record })).toBeNull();
  });

  it('compares records as JSON values, ignoring key order and undefined fields', () => {
    expect(sameRecord({ id: '1', a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }], id: '1' })).toBe(true);
    expect(sameRecord({ id: '1', a: [1, 2] }, { id: '1', a: [2, 1] })).toBe(false);
    expect(sameRecord({ id: '1', a: null }, { id: '1' })).toBe(false);
  });

  it('recognises the ПрофПроба meta document', () => {
    expect(isMetaDoc(metaDoc())).toBe(true);
    expect(isMetaDoc({ _id: 'profproba:meta', app: 'other' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { ClassifiedRow } from '@shared/import/classify';
import type { FileSummary } from './parse-client';
import { INITIAL_WIZARD, wizardReducer, type WizardState } from './import-wizard-state';

const read: FileSummary = {
  fileName: 'list.csv',
  kind: 'csv',
  sheetName: null,
  sheetNames: [],
  encoding: 'utf-8',
  delimiter: ';',
  head: [['Список'], ['Фамилия', 'Имя'], ['Иванова', 'Анна']],
  rowCount: 3,
  headerIndex: 1,
  isPlatform: false,
  mapping: { lastName: 0, firstName: 1 },
};
const file = { name: 'list.csv', bytes: new Uint8Array([1]) };

describe('import wizard state', () => {
  it('goes from the file to recognition with what was recognised, and back to the start', () => {
    const busy = wizardReducer(INITIAL_WIZARD, {
      type: 'busy',
      progress: { label: 'x', done: 0, total: 1 },
      cancellable: true,
    });
    expect(busy).toMatchObject({ step: 'file', cancellable: true });
    const s = wizardReducer(wizardReducer(busy, { type: 'read', file, read }), { type: 'idle' });
    expect(s).toMatchObject({ step: 'recognition', headerIndex: 1, mapping: read.mapping, progress: null });
    expect(wizardReducer(s, { type: 'restart' })).toBe(INITIAL_WIZARD);
  });

  it('suggests the mapping again when another header row is chosen', () => {
    const s = wizardReducer(INITIAL_WIZARD, { type: 'read', file, read });
    expect(wizardReducer(s, { type: 'header', index: 0 }).mapping).toEqual({});
    expect(wizardReducer(s, { type: 'header', index: 1 }).mapping).toEqual({ lastName: 0, firstName: 1 });
  });

  it('keeps a failure until it is dismissed; a new attempt clears it', () => {
    const failed = wizardReducer(INITIAL_WIZARD, { type: 'failed', failure: new Error('x') });
    expect(failed.failure).toBeInstanceOf(Error);
    expect(wizardReducer(failed, { type: 'dismiss' }).failure).toBeNull();
    const again = wizardReducer(failed, {
      type: 'busy',
      progress: { label: '', done: 0, total: 1 },
      cancellable: true,
    });
    expect(again.failure).toBeNull();
  });

  it('starts the preview with no possible duplicate ticked, and ends on the summary', () => {
    const ticked: WizardState = { ...INITIAL_WIZARD, addPossible: new Set([5]) };
    const checked = wizardReducer(ticked, {
      type: 'checked',
      checked: { rows: [] as ClassifiedRow[], schools: [] },
    });
    expect(checked.step).toBe('preview');
    expect(checked.addPossible.size).toBe(0);
    const counts = {
      added: 1,
      updated: 0,
      merged: 0,
      invalid: 0,
      possibleSkipped: 0,
      possibleAdded: 0,
      newSchools: 0,
    };
    expect(wizardReducer(checked, { type: 'committed', counts })).toMatchObject({ step: 'summary', counts });
  });
});

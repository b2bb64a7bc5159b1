import { describe, expect, it } from 'vitest';
import type { BackupProgress } from './progress';
import {
  handleValidateRequest,
  validateRecords,
  type ValidateMessage,
  type ValidateRequest,
  type ValidateWorker,
} from './validate-records';

const settings = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: i }));

describe('the restore check worker', () => {
  it('checks every record slice by slice, reporting records done, and answers with no problem', () => {
    const messages: ValidateMessage[] = [];
    handleValidateRequest(
      {
        type: 'validate',
        tables: [
          ['settings', settings(4500)],
          ['unknownTable', [{ x: 1 }]],
        ],
      },
      (m) => messages.push(m),
    );
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.map((m) => m.done)).toEqual([2000, 4000, 4500, 4501]);
    expect(progress.every((m) => m.total === 4501)).toBe(true);
    expect(messages.at(-1)).toEqual({ type: 'result', problem: null });
  });

  it('stops at the first record that fails and names it by its key, or by its position in its table', () => {
    const rows: unknown[] = settings(4500);
    rows[2600] = { value: 'no key' };
    const messages: ValidateMessage[] = [];
    handleValidateRequest({ type: 'validate', tables: [['settings', rows]] }, (m) => messages.push(m));
    expect(messages.filter((m) => m.type === 'progress')).toHaveLength(1);
    expect(messages.at(-1)).toEqual({
      type: 'result',
      problem: { table: 'settings', record: '№ 2601', field: 'key' },
    });
  });

  /** A worker in this process: answers asynchronously, as a real one does, through the same handler. */
  function inProcessWorker(): ValidateWorker & { terminated: boolean } {
    const worker = {
      terminated: false,
      onmessage: null as ValidateWorker['onmessage'],
      onerror: null as ValidateWorker['onerror'],
      postMessage(request: ValidateRequest) {
        const copy = structuredClone(request);
        setTimeout(() =>
          handleValidateRequest(copy, (m) =>
            worker.onmessage?.({ data: m } as MessageEvent<ValidateMessage>),
          ),
        );
      },
      terminate() {
        worker.terminated = true;
      },
    };
    return worker;
  }

  it('the client gets the progress as the phase «validate» and the answer, then ends the worker', async () => {
    const worker = inProcessWorker();
    const progress: BackupProgress[] = [];
    const tables = new Map<string, unknown[]>([['settings', settings(2500)]]);
    expect(
      await validateRecords(
        tables,
        (p) => progress.push(p),
        () => worker,
      ),
    ).toBeNull();
    expect(progress.at(-1)).toEqual({ phase: 'validate', table: 'settings', done: 2500, total: 2500 });
    expect(worker.terminated).toBe(true);
  });

  it('a worker that fails to run is a refusal with its own words, nothing restored', async () => {
    const worker = inProcessWorker();
    worker.postMessage = () => setTimeout(() => worker.onerror?.({ message: 'out of memory' } as ErrorEvent));
    await expect(
      validateRecords(new Map([['settings', settings(1)]]), undefined, () => worker),
    ).rejects.toMatchObject({ code: 'settings.backupValidationFailed', params: { detail: 'out of memory' } });
  });
});

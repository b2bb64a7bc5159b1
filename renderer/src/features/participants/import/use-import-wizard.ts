import { useMemo, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/dates';
import { isCancelled } from '@shared/errors';
import { buildImportPlan, type ImportPlan } from '@shared/import/classify';
import { mappingProblem } from '@shared/import/fields';
import { commitImport } from '../../../db/repos/import-repo';
import { checkRowsInWorker, readFileInWorker } from './parse-client';
import { safetyCopyBeforeChange } from './safety-copy';
import { INITIAL_WIZARD, wizardReducer, type LoadedFile } from './import-wizard-state';
import type { ReadOptions } from './read-file';

/**
 * The import wizard: file → recognition → columns → preview → one-transaction commit → summary. Reading and
 * checking run in the import worker; the page renders the steps and writes the plan.
 */
export function useImportWizard() {
  const { t } = useTranslation('participants');
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD);
  const abort = useRef<AbortController | null>(null);

  function start(label: string, cancellable: boolean): AbortSignal {
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'busy', progress: { label, done: 0, total: 1 }, cancellable });
    return controller.signal;
  }
  function fail(error: unknown) {
    dispatch(isCancelled(error) ? { type: 'idle' } : { type: 'failed', failure: error });
  }

  async function readFile(file: LoadedFile, options: ReadOptions = {}) {
    const signal = start(t('import.reading', { name: file.name }), true);
    try {
      const read = await readFileInWorker(
        file.bytes,
        file.name,
        (done, total, phase) =>
          dispatch({
            type: 'progress',
            progress: { label: `${file.name}: ${t(`import.phase.${phase}`)}`, done, total },
          }),
        signal,
        options,
      );
      dispatch({ type: 'read', file, read });
      dispatch({ type: 'idle' });
    } catch (error) {
      fail(error);
    }
  }

  async function check() {
    if (!state.read) return;
    const label = t('import.checking');
    const signal = start(label, true);
    try {
      const checked = await checkRowsInWorker(
        state.headerIndex,
        state.mapping,
        todayIso(),
        (done, total) => dispatch({ type: 'progress', progress: { label, done, total } }),
        signal,
      );
      dispatch({ type: 'checked', checked });
      dispatch({ type: 'idle' });
    } catch (error) {
      fail(error);
    }
  }

  const plan: ImportPlan | null = useMemo(
    () =>
      state.checked ? buildImportPlan(state.checked.rows, state.checked.schools, state.addPossible) : null,
    [state.checked, state.addPossible],
  );

  async function commit() {
    if (!plan || !state.read) return;
    const total = plan.adds.length + plan.updates.length;
    const label = t('import.writing');
    // The write is one transaction: it is not stopped halfway, so no «Прервать» here.
    start(label, false);
    try {
      // A full copy first (desktop): the import can be undone in the app, and this copy is the way back after.
      dispatch({ type: 'progress', progress: { label: t('import.safetyCopy'), done: 0, total } });
      const safetyCopy = await safetyCopyBeforeChange();
      const counts = await commitImport(plan, {
        fileName: state.read.fileName,
        source: state.read.isPlatform ? 'platform-import' : 'school-import',
        onProgress: (done) => dispatch({ type: 'progress', progress: { label, done, total } }),
      });
      dispatch({ type: 'committed', counts: { ...counts, safetyCopy } });
      dispatch({ type: 'idle' });
    } catch (error) {
      fail(error);
    }
  }

  return {
    state,
    plan,
    mappingProblem: mappingProblem(state.mapping),
    readFile,
    reread: (options: ReadOptions) => state.file && void readFile(state.file, options),
    check,
    commit,
    cancel: state.cancellable ? () => abort.current?.abort() : undefined,
    dispatch,
  };
}

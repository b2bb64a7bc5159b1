import { useMemo, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/dates';
import { isCancelled } from '@shared/errors';
import { buildImportPlan, type ImportCounts, type ImportPlan } from '@shared/import/classify';
import { mappingProblem, suggestMapping, type ColumnMapping } from '@shared/import/fields';
import { commitImport } from '../../../db/repos/import-repo';
import type { ProgressState } from '../../../ui';
import { checkRowsInWorker, readFileInWorker, type CheckResult, type FileSummary } from './parse-client';
import type { ReadOptions } from './read-file';

export const WIZARD_STEPS = ['file', 'recognition', 'mapping', 'preview', 'summary'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface WizardState {
  step: WizardStep;
  file: LoadedFile | null;
  read: FileSummary | null;
  headerIndex: number;
  mapping: ColumnMapping;
  checked: CheckResult | null;
  /** Row numbers of possible duplicates the person ticked to add anyway. */
  addPossible: ReadonlySet<number>;
  /** Why the file was not read or written; shown above the steps until closed. */
  failure: unknown;
  progress: ProgressState | null;
  /** Whether «Прервать» may stop the work in progress (reading and checking: nothing is written there). */
  cancellable: boolean;
  counts: ImportCounts | null;
}

export type WizardAction =
  | { type: 'busy'; progress: ProgressState; cancellable: boolean }
  | { type: 'progress'; progress: ProgressState }
  | { type: 'idle' }
  | { type: 'failed'; failure: unknown }
  | { type: 'dismiss' }
  | { type: 'read'; file: LoadedFile; read: FileSummary }
  | { type: 'header'; index: number }
  | { type: 'mapping'; mapping: ColumnMapping }
  | { type: 'goto'; step: WizardStep }
  | { type: 'checked'; checked: CheckResult }
  | { type: 'addPossible'; rows: ReadonlySet<number> }
  | { type: 'committed'; counts: ImportCounts }
  | { type: 'restart' };

export const INITIAL_WIZARD: WizardState = {
  step: 'file',
  file: null,
  read: null,
  headerIndex: 0,
  mapping: {},
  checked: null,
  addPossible: new Set(),
  failure: null,
  progress: null,
  cancellable: false,
  counts: null,
};

/** The wizard's whole state in one place: each step's transition is one case here. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'busy':
      return { ...state, failure: null, progress: action.progress, cancellable: action.cancellable };
    case 'progress':
      return state.progress ? { ...state, progress: action.progress } : state;
    case 'idle':
      return { ...state, progress: null, cancellable: false };
    case 'failed':
      return { ...state, failure: action.failure, progress: null, cancellable: false };
    case 'dismiss':
      return { ...state, failure: null };
    case 'read':
      return {
        ...state,
        step: 'recognition',
        file: action.file,
        read: action.read,
        headerIndex: action.read.headerIndex,
        mapping: action.read.mapping,
        checked: null,
      };
    case 'header':
      return state.read
        ? {
            ...state,
            headerIndex: action.index,
            mapping: suggestMapping(state.read.head[action.index] ?? []),
          }
        : state;
    case 'mapping':
      return { ...state, mapping: action.mapping };
    case 'goto':
      return { ...state, step: action.step };
    case 'checked':
      return { ...state, step: 'preview', checked: action.checked, addPossible: new Set() };
    case 'addPossible':
      return { ...state, addPossible: action.rows };
    case 'committed':
      return { ...state, step: 'summary', counts: action.counts };
    case 'restart':
      return INITIAL_WIZARD;
  }
}

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
      const counts = await commitImport(plan, {
        fileName: state.read.fileName,
        source: state.read.isPlatform ? 'platform-import' : 'school-import',
        onProgress: (done) => dispatch({ type: 'progress', progress: { label, done, total } }),
      });
      dispatch({ type: 'committed', counts });
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

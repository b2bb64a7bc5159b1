import type { ImportCounts } from '@shared/import/classify';
import { suggestMapping, type ColumnMapping } from '@shared/import/fields';
import type { ProgressState } from '../../../ui';
import type { CheckResult, FileSummary } from './parse-client';

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
  counts: ImportOutcome | null;
}

/** What the commit reports: the counts, the id to undo it by, and the safety copy made before it (desktop). */
export type ImportOutcome = ImportCounts & { importId?: string; safetyCopy?: string | null };

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
  | { type: 'committed'; counts: ImportOutcome }
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
